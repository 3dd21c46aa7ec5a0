package org.perfgoals.monitoring.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A downloaded filling template as a person fills it in Excel: cells found by the row's name (三级指标 in 填报,
 * 子项目名称 in 预算执行) and the column's heading, numbers typed as numbers and words as text.
 */
public final class FilledTemplate {

    private final XSSFWorkbook workbook;

    private FilledTemplate(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static FilledTemplate of(byte[] downloaded) {
        try {
            return new FilledTemplate(new XSSFWorkbook(new ByteArrayInputStream(downloaded)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    public List<String> headings(String sheet) {
        List<String> headings = new ArrayList<>();
        workbook.getSheet(sheet).getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
        return headings;
    }

    /** The row (as Excel numbers it) whose name column holds {@code name}. */
    public int row(String sheet, String name) {
        XSSFSheet out = workbook.getSheet(sheet);
        int column = headings(sheet).indexOf(sheet.equals(TemplateColumns.ENTRY_SHEET) ? TemplateColumns.LEVEL3
                : TemplateColumns.ITEM_NAME);
        for (Row row : out) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() > 0 && cell != null && cell.getStringCellValue().equals(name)) {
                return row.getRowNum() + 1;
            }
        }
        throw new IllegalArgumentException("no row " + name + " in " + sheet);
    }

    public Cell cell(String sheet, String name, String column) {
        Row row = workbook.getSheet(sheet).getRow(row(sheet, name) - 1);
        int index = headings(sheet).indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        Cell cell = row.getCell(index);
        return cell == null ? row.createCell(index) : cell;
    }

    /** What the cell shows, as Excel formats it. */
    public String text(String sheet, String name, String column) {
        return new DataFormatter(Locale.ROOT).formatCellValue(cell(sheet, name, column));
    }

    /** Fills an indicator's cell of 填报: a number as a number, a text as a string. */
    public FilledTemplate entry(String indicator, String column, Object value) {
        return set(TemplateColumns.ENTRY_SHEET, indicator, column, value);
    }

    public FilledTemplate budget(String item, String column, Object value) {
        return set(TemplateColumns.BUDGET_SHEET, item, column, value);
    }

    private FilledTemplate set(String sheet, String name, String column, Object value) {
        Cell cell = cell(sheet, name, column);
        switch (value) {
            case null -> cell.setBlank();
            case Number number -> cell.setCellValue(number.doubleValue());
            default -> cell.setCellValue(value.toString());
        }
        return this;
    }

    public byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
