package org.perfgoals.monitoring.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Text pasted from a spreadsheet (Excel, WPS, LibreOffice put a range on the clipboard as lines of tab-separated
 * cells) read into rows of cells. A cell holding a tab, a line break or a quote comes quoted ({@code "a""b"}); the
 * line break after the last row is not an empty row.
 */
final class ClipboardGrid {

    private ClipboardGrid() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int length = text.length();
        int at = 0;
        while (at < length) {
            char c = text.charAt(at);
            if (quoted) {
                if (c == '"' && at + 1 < length && text.charAt(at + 1) == '"') {
                    cell.append('"');
                    at++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && at + 1 < length && text.charAt(at + 1) == '\n') {
                    at++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
            at++;
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
