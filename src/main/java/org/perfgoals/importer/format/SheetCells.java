package org.perfgoals.importer.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.perfgoals.importer.domain.ImportLimits;

/**
 * A workbook (.xlsx, .xlsm, .xls: macros are never run, formulas never evaluated) as rows of cells, sheet after sheet,
 * so a workbook holding one form a sheet gives them one after the other (each starts at its title). A cell's text is
 * what Excel shows: a number in its format (18,372,648), a date as 2019-01-01, a formula its cached value, rich text
 * its runs' text. Merged regions are laid out by {@link CellGrid}. The size of each sheet is checked before it is read.
 */
final class SheetCells {

    private SheetCells() {
    }

    static List<List<String>> read(byte[] file, String format) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() > ImportLimits.MAX_SHEETS) {
                throw new FormatRefusal("file.tooManySheets",
                        String.valueOf(ImportLimits.MAX_SHEETS));
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            CellRows rows = new CellRows();
            long announced = 0;
            for (Sheet sheet : workbook) {
                announced += sheet.getPhysicalNumberOfRows();
                if (announced > ImportLimits.MAX_ROWS) {
                    throw new FormatRefusal("file.tooManyRows",
                            String.valueOf(ImportLimits.MAX_ROWS));
                }
            }
            for (Sheet sheet : workbook) {
                rows.addAll(sheet(sheet, formatter));
            }
            return rows.rows();
        } catch (EncryptedDocumentException e) {
            throw new FormatRefusal("file.format.encrypted");
        } catch (UnsupportedFileFormatException e) {
            throw new FormatRefusal("file.unreadable", format);
        }
    }

    private static List<List<String>> sheet(Sheet sheet, DataFormatter formatter) {
        CellGrid grid = new CellGrid();
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        CellRows.check((long) width * (sheet.getLastRowNum() + 1));
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            Row row = sheet.getRow(region.getFirstRow());
            Cell first = row == null ? null : row.getCell(region.getFirstColumn());
            String text = first == null ? "" : text(first, formatter);
            grid.put(region.getFirstRow(), region.getFirstColumn(), text,
                    region.getLastRow() - region.getFirstRow() + 1,
                    region.getLastColumn() - region.getFirstColumn() + 1);
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                grid.put(row.getRowNum(), cell.getColumnIndex(), text(cell, formatter), 1, 1);
            }
        }
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            grid.put(r, Math.max(0, width - 1), "", 1, 1); // every row as wide as the sheet, empty rows kept
        }
        return grid.rows();
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> "";
        };
    }
}
