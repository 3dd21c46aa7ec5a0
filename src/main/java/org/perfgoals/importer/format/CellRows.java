package org.perfgoals.importer.format;

import java.util.ArrayList;
import java.util.List;
import org.perfgoals.importer.domain.ImportLimits;

/**
 * The rows of cells a file gives, in reading order, counted as they come: past {@link ImportLimits#MAX_ROWS} rows or
 * {@link ImportLimits#MAX_CELLS} cells the file is refused, before more of it is read.
 */
final class CellRows {

    private final List<List<String>> rows = new ArrayList<>();
    private long cells;

    void add(List<String> row) {
        cells += row.size();
        if (rows.size() >= ImportLimits.MAX_ROWS) {
            throw new FormatRefusal("file.tooManyRows", String.valueOf(ImportLimits.MAX_ROWS));
        }
        check(cells);
        rows.add(List.copyOf(row));
    }

    void addText(String text) {
        add(List.of(text));
    }

    void addAll(List<List<String>> more) {
        more.forEach(this::add);
    }

    /** Refuses a file that announces more cells than allowed, before they are read. */
    static void check(long cells) {
        if (cells > ImportLimits.MAX_CELLS) {
            throw new FormatRefusal("file.tooManyCells", String.valueOf(ImportLimits.MAX_CELLS));
        }
    }

    List<List<String>> rows() {
        return List.copyOf(rows);
    }
}
