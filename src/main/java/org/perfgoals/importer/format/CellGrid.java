package org.perfgoals.importer.format;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table laid out on its grid, as Word, Excel and HTML merge cells. A vertical merge (rowspan, vMerge, a merged
 * region's rows) gives its value to every row it covers: each row of the group names its 一级指标, a target shared by
 * two indicators is the target of both. A horizontal merge (colspan, gridSpan) keeps its value in its first column and
 * leaves the others empty, as the tab-separated export does: a title or a text spanning the table is said once. Nested
 * tables are laid out as rows of their own under the row that holds them, starting at the holding cell's column.
 */
final class CellGrid {

    private final List<List<@Nullable String>> rows = new ArrayList<>();
    private final List<List<List<String>>> nestedAfter = new ArrayList<>();

    /** Places a cell; covered cells that already hold a value keep it. */
    void put(int row, int column, String text, int rowSpan, int colSpan) {
        int rowsCovered = Math.max(1, rowSpan);
        int columnsCovered = Math.max(1, colSpan);
        CellRows.check((long) rowsCovered * columnsCovered);
        for (int r = row; r < row + rowsCovered; r++) {
            for (int c = column; c < column + columnsCovered; c++) {
                set(r, c, c == column ? text : "");
            }
        }
    }

    /** The first column of {@code row} from {@code from} on that no merge from above covers. */
    int nextFree(int row, int from) {
        List<@Nullable String> cells = row(row);
        int column = from;
        while (column < cells.size() && cells.get(column) != null) {
            column++;
        }
        return column;
    }

    /** The value at a place, "" where nothing is. */
    String get(int row, int column) {
        if (row < 0 || row >= rows.size() || column >= rows.get(row).size()) {
            return "";
        }
        String text = rows.get(row).get(column);
        return text == null ? "" : text;
    }

    /** Rows of a table nested in a cell of {@code row}, laid out after it from {@code column} on. */
    void nest(int row, int column, List<List<String>> nestedRows) {
        row(row);
        for (List<String> nestedRow : nestedRows) {
            List<String> shifted = new ArrayList<>();
            for (int c = 0; c < column; c++) {
                shifted.add("");
            }
            shifted.addAll(nestedRow);
            nestedAfter.get(row).add(shifted);
        }
    }

    int rowCount() {
        return rows.size();
    }

    List<List<String>> rows() {
        List<List<String>> laidOut = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            laidOut.add(rows.get(r).stream().map(text -> text == null ? "" : text).toList());
            laidOut.addAll(nestedAfter.get(r));
        }
        return laidOut;
    }

    private void set(int row, int column, String text) {
        List<@Nullable String> cells = row(row);
        while (cells.size() <= column) {
            cells.add(null);
        }
        if (cells.get(column) == null) {
            cells.set(column, text);
        }
    }

    private List<@Nullable String> row(int row) {
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
            nestedAfter.add(new ArrayList<>());
        }
        return rows.get(row);
    }
}
