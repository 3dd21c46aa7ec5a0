package org.perfgoals.importer.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * A Word 97-2003 file (.doc, macros never run) as rows of cells: paragraphs outside tables a row of one cell, table
 * rows their cells, vertical and horizontal merges as {@link CellGrid} lays them out. Field codes are left out and
 * their results kept; Wingdings symbols become the glyph they draw.
 */
final class DocCells {

    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';

    private DocCells() {
    }

    static List<List<String>> read(byte[] file) throws IOException {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(file))) {
            Range range = document.getRange();
            CellRows rows = new CellRows();
            int i = 0;
            while (i < range.numParagraphs()) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table table = range.getTable(paragraph);
                    rows.addAll(table(table));
                    i += Math.max(1, table.numParagraphs());
                } else {
                    rows.addText(text(paragraph));
                    i++;
                }
            }
            return rows.rows();
        }
    }

    private static List<List<String>> table(Table table) {
        CellGrid grid = new CellGrid();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            int column = 0;
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isMerged() && !cell.isFirstMerged()) {
                    grid.put(r, column, "", 1, 1);
                } else {
                    String text = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()
                            ? grid.get(r - 1, column) : cellText(cell);
                    grid.put(r, column, text, 1, 1);
                }
                column++;
            }
            if (grid.rowCount() <= r) {
                grid.put(r, 0, "", 1, 1);
            }
        }
        return grid.rows();
    }

    private static String cellText(TableCell cell) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            if (p > 0) {
                text.append('\n');
            }
            text.append(text(cell.getParagraph(p)));
        }
        return text.toString();
    }

    /** A paragraph's text without field codes (a field's result is kept) and with its symbols as glyphs. */
    private static String text(Paragraph paragraph) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        boolean inCode = false;
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
            CharacterRun run = paragraph.getCharacterRun(r);
            if (run.isSymbol()) {
                text.append(Glyphs.symbol(run.getSymbolFont() == null ? "" : run.getSymbolFont().getMainFontName(),
                        run.getSymbolCharacter()));
                continue;
            }
            for (char ch : run.text().toCharArray()) {
                if (ch == FIELD_BEGIN) {
                    depth++;
                    inCode = true;
                } else if (ch == FIELD_SEPARATOR) {
                    inCode = false;
                } else if (ch == FIELD_END) {
                    depth = Math.max(0, depth - 1);
                    inCode = false;
                } else if (!inCode && (ch == '\t' || ch == '\u000B')) {
                    text.append(ch == '\t' ? ' ' : '\n');
                } else if (!inCode && ch >= ' ') {
                    text.append(ch);
                }
            }
        }
        return text.toString().strip();
    }
}
