package org.perfgoals.monitoring.template;

import java.util.Map;

/**
 * One row of an uploaded template: its sheet, its number as Excel shows it, the id in its first column, and the
 * text of each non-empty cell by column heading (a number as a plain decimal, a date as 2019-09-30).
 */
public record TemplateLine(String sheet, int row, long id, Map<String, String> cells) {

    public TemplateLine {
        cells = Map.copyOf(cells);
    }

    /** The text of a column, null when the cell is empty. */
    public String cell(String column) {
        return cells.get(column);
    }
}
