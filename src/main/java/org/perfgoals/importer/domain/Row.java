package org.perfgoals.importer.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One line of the file as tab-separated cells (stripped), with its 1-based line number. */
record Row(int line, List<String> cells) {

    Row {
        cells = List.copyOf(cells);
    }

    static List<Row> split(String text) {
        String[] lines = text.split("\n", -1);
        List<Row> rows = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            rows.add(new Row(i + 1, Arrays.stream(lines[i].split("\t", -1)).map(String::strip).toList()));
        }
        return rows;
    }

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    List<String> nonEmptyCells() {
        return cells.stream().filter(cell -> !cell.isEmpty()).toList();
    }

    String text() {
        return String.join(" ", nonEmptyCells());
    }
}
