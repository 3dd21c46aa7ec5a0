package org.perfgoals.export;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.wording.MonitoringWording;

/**
 * The sheet of {@link MonitoringWorkbook} being written, row by row: the next row, and cells of each kind (labels,
 * texts, amounts, rates, statuses, numbers with their unit), merged across columns and bordered.
 */
final class FormCells {

    /** Column widths in characters; a Chinese character takes about two. */
    static final int[] WIDTHS = {16, 14, 24, 24, 24, 20, 11, 30, 14, 36};
    private static final float LINE_POINTS = 15f;

    private final XSSFSheet out;
    private final WorkbookStyles styles;
    private final MonitoringWording wording;
    private int next;

    FormCells(XSSFSheet out, WorkbookStyles styles, MonitoringWording wording) {
        this.out = out;
        this.styles = styles;
        this.wording = wording;
    }

    XSSFSheet sheet() {
        return out;
    }

    WorkbookStyles styles() {
        return styles;
    }

    /** The index of the row {@link #newRow()} makes next. */
    int next() {
        return next;
    }

    Row newRow() {
        return out.createRow(next++);
    }

    /** Leaves a row empty. */
    void skipRow() {
        next++;
    }

    void sectionRow(String heading) {
        Row row = newRow();
        row.setHeightInPoints(20);
        Cell cell = row.createCell(0);
        cell.setCellValue(heading);
        cell.setCellStyle(styles.section);
        for (int column = 1; column < MonitoringWorkbook.COLUMNS; column++) {
            row.createCell(column).setCellStyle(styles.section);
        }
        out.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0,
                MonitoringWorkbook.COLUMNS - 1));
    }

    void labelCell(Row row, int from, int to, String value) {
        cell(row, from, to, styles.label).setCellValue(value);
    }

    void textCell(Row row, int from, int to, String value) {
        Cell cell = cell(row, from, to, styles.text);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    void centeredCell(Row row, int column, String value) {
        Cell cell = cell(row, column, column, styles.centered);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    void yuanCell(Row row, int from, int to, BigDecimal amount) {
        Cell cell = cell(row, from, to, styles.yuan);
        if (amount != null) {
            cell.setCellValue(amount.doubleValue());
        }
    }

    /** A rate in percent (45.23) as a fraction (0.4523) shown as 45.23%, so formulas can use it. */
    void rateCell(Row row, int from, int to, BigDecimal percentValue) {
        Cell cell = cell(row, from, to, styles.percent);
        if (percentValue != null) {
            cell.setCellValue(percentValue.movePointLeft(2).doubleValue());
        }
    }

    void statusCell(Row row, int from, int to, Status status) {
        Cell cell = cell(row, from, to, styles.status(status));
        cell.setCellValue(wording.status(status));
    }

    /** A number shown with as many decimals as it has and its unit: 76.5 → "76.5 %", 400000 → "400,000 人". */
    String numberCell(Row row, int column, BigDecimal value, String measureUnit) {
        if (value == null) {
            textCell(row, column, column, null);
            return "";
        }
        BigDecimal canonical = value.stripTrailingZeros();
        if (canonical.scale() < 0) {
            canonical = canonical.setScale(0);
        }
        int decimals = Math.min(Math.max(canonical.scale(), 0), 10);
        String cleanMeasureUnit = measureUnit == null ? "" : measureUnit.replace("\"", "").strip();
        String format = "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "")
                + MonitoringWorkbook.literal(cleanMeasureUnit);
        XSSFCellStyle style = styles.number(format);
        cell(row, column, column, style).setCellValue(canonical.doubleValue());
        return MonitoringWording.withMeasureUnit(value, cleanMeasureUnit);
    }

    /** The cell at {@code from}, merged up to {@code to} when wider; every covered cell gets the borders. */
    private Cell cell(Row row, int from, int to, CellStyle style) {
        Cell cell = row.createCell(from);
        cell.setCellStyle(style);
        for (int column = from + 1; column <= to; column++) {
            row.createCell(column).setCellStyle(style);
        }
        if (to > from) {
            CellRangeAddress range = new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to);
            out.addMergedRegion(range);
            RegionUtil.setBorderRight(BorderStyle.THIN, range, out);
        }
        return cell;
    }

    /**
     * Excel does not grow a row for wrapped text written by POI: the height is estimated from the longest
     * text of the row against its column's width (a Chinese character counts two). {@code width} overrides
     * the column width (for merged cells), 0 means the column's own.
     */
    void fitHeight(Row row, List<String> texts, int width) {
        int lines = 1;
        for (int column = 0; column < texts.size(); column++) {
            int available = width > 0 ? width : WIDTHS[column];
            int needed = 0;
            for (String paragraph : nz(texts.get(column)).split("\n", -1)) {
                needed += Math.max(1, (MonitoringWorkbook.displayWidth(paragraph) + available - 1) / available);
            }
            lines = Math.max(lines, needed);
        }
        row.setHeightInPoints(Math.min(409, Math.max(LINE_POINTS + 3, lines * LINE_POINTS + 3)));
    }

    static String nz(String text) {
        return text == null ? "" : text;
    }
}
