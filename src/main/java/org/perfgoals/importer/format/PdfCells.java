package org.perfgoals.importer.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.perfgoals.importer.domain.ImportLimits;

/**
 * A PDF's text layer as rows of cells. Glyphs are grouped into lines by their baseline; a line is cut into cells where
 * the gap between two glyphs (spaces the PDF writes are text) is wider than {@link #CELL_GAP} glyph widths; a cell's
 * column is found by where it starts, against the starts of all cells of the document (a continuation row that leaves
 * its first column empty keeps its cells in their columns). Where lines are further apart than usual, the empty
 * lines between them are kept.
 * A PDF without text (a scan) is refused: there is no OCR.
 */
final class PdfCells {

    /** A gap wider than this many glyph widths separates two cells; a narrower one is a space. */
    private static final float CELL_GAP = 2.5f;
    private static final float SPACE_GAP = 0.25f;
    /** Cells starting within this many points are in the same column. */
    private static final float COLUMN_TOLERANCE = 2f;

    private record Glyph(float x, float y, float width, float height, String text) {
    }

    private record Cell(float x, String text) {
    }

    private record Line(float y, float height, List<Cell> cells) {
    }

    private PdfCells() {
    }

    static List<List<String>> read(byte[] file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file)) {
            if (document.getNumberOfPages() > ImportLimits.MAX_PAGES) {
                throw new FormatRefusal("file.tooManyPages", String.valueOf(ImportLimits.MAX_PAGES));
            }
            List<List<Glyph>> pages = glyphs(document);
            if (pages.stream().flatMap(List::stream).allMatch(glyph -> glyph.text().isBlank())) {
                throw new FormatRefusal("file.pdf.noText", String.valueOf(document.getNumberOfPages()));
            }
            List<Line> lines = new ArrayList<>();
            List<Integer> blanksBefore = new ArrayList<>();
            for (List<Glyph> page : pages) {
                List<Line> pageLines = lines(page);
                float pitch = pitch(pageLines);
                for (int i = 0; i < pageLines.size(); i++) {
                    float gap = i == 0 ? 0 : pageLines.get(i).y() - pageLines.get(i - 1).y();
                    blanksBefore.add(i == 0 || pitch <= 0 ? 0 : Math.max(0, Math.round(gap / pitch) - 1));
                    lines.add(pageLines.get(i));
                }
            }
            return rows(lines, blanksBefore);
        } catch (InvalidPasswordException e) {
            throw new FormatRefusal("file.format.encrypted");
        }
    }

    private static List<List<Glyph>> glyphs(PDDocument document) throws IOException {
        List<List<Glyph>> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void startPage(PDPage page) {
                pages.add(new ArrayList<>());
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                String unicode = text.getUnicode();
                if (unicode != null && !unicode.isEmpty() && !pages.isEmpty()) {
                    pages.getLast().add(new Glyph(text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(),
                            Math.max(1f, text.getFontSizeInPt()), unicode));
                }
            }
        };
        stripper.getText(document);
        return pages;
    }

    /** The glyphs of a page in lines: top to bottom, each line left to right, cut into cells. */
    private static List<Line> lines(List<Glyph> page) {
        List<Glyph> sorted = new ArrayList<>(page);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> grouped = new ArrayList<>();
        for (Glyph glyph : sorted) {
            List<Glyph> last = grouped.isEmpty() ? null : grouped.getLast();
            if (last != null && Math.abs(last.getFirst().y() - glyph.y()) <= last.getFirst().height() / 2) {
                last.add(glyph);
            } else {
                List<Glyph> line = new ArrayList<>();
                line.add(glyph);
                grouped.add(line);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> line : grouped) {
            line.sort(Comparator.comparingDouble(Glyph::x));
            if (line.stream().anyMatch(glyph -> !glyph.text().isBlank())) {
                lines.add(new Line(line.getFirst().y(), line.getFirst().height(), cells(line)));
            }
        }
        return lines;
    }

    private static List<Cell> cells(List<Glyph> line) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float start = line.getFirst().x();
        float end = start;
        boolean hasText = false;
        for (Glyph glyph : line) {
            if (glyph.text().isBlank()) {
                text.append(' '); // a space the PDF writes; it never starts a cell
                end = glyph.x() + glyph.width();
                continue;
            }
            float gap = glyph.x() - end;
            float size = Math.max(glyph.height(), glyph.width());
            if (!hasText) {
                text.setLength(0);
                start = glyph.x();
            } else if (gap > CELL_GAP * size) {
                cells.add(new Cell(start, text.toString()));
                text.setLength(0);
                start = glyph.x();
            } else if (gap > SPACE_GAP * size) {
                text.append(' ');
            }
            text.append(glyph.text());
            hasText = true;
            end = glyph.x() + glyph.width();
        }
        cells.add(new Cell(start, text.toString()));
        return cells;
    }

    /** The usual distance between two lines: the smallest one that occurs. */
    private static float pitch(List<Line> lines) {
        float pitch = 0;
        for (int i = 1; i < lines.size(); i++) {
            float gap = lines.get(i).y() - lines.get(i - 1).y();
            if (gap > lines.get(i).height() / 2 && (pitch == 0 || gap < pitch)) {
                pitch = gap;
            }
        }
        return pitch;
    }

    private static List<List<String>> rows(List<Line> lines, List<Integer> blanksBefore) {
        List<Float> columns = new ArrayList<>();
        lines.stream().flatMap(line -> line.cells().stream()).map(Cell::x).sorted().forEach(x -> {
            if (columns.isEmpty() || x - columns.getLast() > COLUMN_TOLERANCE) {
                columns.add(x);
            }
        });
        CellRows rows = new CellRows();
        for (int i = 0; i < lines.size(); i++) {
            for (int blank = 0; blank < blanksBefore.get(i); blank++) {
                rows.add(List.of());
            }
            List<String> row = new ArrayList<>();
            for (Cell cell : lines.get(i).cells()) {
                int column = column(columns, cell.x());
                while (row.size() < column) {
                    row.add("");
                }
                if (row.size() > column) {
                    row.set(row.size() - 1, row.getLast() + " " + cell.text());
                } else {
                    row.add(cell.text());
                }
            }
            while (row.size() < columns.size()) {
                row.add(""); // as wide as the table: a last row with an empty target is not a cut-off one
            }
            rows.add(row);
        }
        return rows.rows();
    }

    private static int column(List<Float> columns, float x) {
        int column = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) <= x + COLUMN_TOLERANCE) {
                column = i;
            }
        }
        return column;
    }
}
