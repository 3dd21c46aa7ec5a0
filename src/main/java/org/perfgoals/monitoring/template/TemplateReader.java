package org.perfgoals.monitoring.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded template into rows of cell texts, refusing a hostile workbook before POI builds it: at most
 * {@link #MAX_FILE_BYTES} as sent, {@link #MAX_PARTS} zip entries and {@link #MAX_EXPANDED_BYTES} unpacked (counted
 * while inflating, so a zip bomb stops at the limit whatever its headers claim; POI's own {@code ZipSecureFile}
 * inflate-ratio check stays on as well), and {@link #MAX_ROWS} rows, {@link #MAX_COLUMNS} columns a sheet. Formulas
 * are never evaluated (their cached value is read), macros never run. Nothing here judges a value: that is the
 * entry view's parsers' job, once the writer was allowed.
 */
public final class TemplateReader {

    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final int MAX_PARTS = 200;
    static final long MAX_EXPANDED_BYTES = 30L * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 100;

    private TemplateReader() {
    }

    public static UploadedTemplate read(byte[] file) {
        checkArchive(file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            return read(workbook);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TemplateRejectedException rejected) {
                throw rejected;
            }
            throw rejected(CellProblem.ofFile("unreadable"));
        }
    }

    private static UploadedTemplate read(XSSFWorkbook workbook) {
        Sheet entry = sheet(workbook, TemplateColumns.ENTRY_SHEET);
        Sheet budget = sheet(workbook, TemplateColumns.BUDGET_SHEET);
        Sheet versions = sheet(workbook, TemplateColumns.VERSIONS_SHEET);
        Map<String, List<String>> headings = new LinkedHashMap<>();
        headings.put(TemplateColumns.ENTRY_SHEET, headings(entry));
        headings.put(TemplateColumns.BUDGET_SHEET, headings(budget));
        requireColumns(TemplateColumns.ENTRY_SHEET, headings, TemplateColumns.ENTRY_HEAD);
        requireColumns(TemplateColumns.ENTRY_SHEET, headings, TemplateColumns.ENTRY_TAIL);
        requireColumns(TemplateColumns.BUDGET_SHEET, headings, TemplateColumns.BUDGET_COLUMNS);
        List<CellProblem> problems = new ArrayList<>();
        Versions read = versions(versions);
        return new UploadedTemplate(read.year, read.quarter, read.versions,
                lines(entry, headings.get(TemplateColumns.ENTRY_SHEET), problems),
                lines(budget, headings.get(TemplateColumns.BUDGET_SHEET), problems), headings, problems);
    }

    /** Counts entries and inflated bytes before POI unpacks anything. */
    private static void checkArchive(byte[] file) {
        if (file.length == 0) {
            throw rejected(CellProblem.ofFile("empty"));
        }
        if (file.length > MAX_FILE_BYTES) {
            throw rejected(CellProblem.ofFile("tooLarge", String.valueOf(MAX_FILE_BYTES / 1024 / 1024)));
        }
        int parts = 0;
        long expanded = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry part = zip.getNextEntry(); part != null; part = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw rejected(CellProblem.ofFile("tooManyParts", String.valueOf(MAX_PARTS)));
                }
                expanded += drain(zip, buffer, MAX_EXPANDED_BYTES - expanded);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw rejected(CellProblem.ofFile("notXlsx"));
        }
        if (parts == 0) {
            throw rejected(CellProblem.ofFile("notXlsx"));
        }
    }

    private static long drain(InputStream in, byte[] buffer, long allowed) throws IOException {
        long read = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            read += n;
            if (read > allowed) {
                throw rejected(CellProblem.ofFile("tooLarge", String.valueOf(MAX_EXPANDED_BYTES / 1024 / 1024)));
            }
        }
        return read;
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw rejected(CellProblem.of(name, 0, null, null, "sheetMissing", name));
        }
        if (sheet.getLastRowNum() > MAX_ROWS) {
            throw rejected(CellProblem.of(name, 0, null, null, "tooManyRows", String.valueOf(MAX_ROWS)));
        }
        return sheet;
    }

    private static List<String> headings(Sheet sheet) {
        Row row = sheet.getRow(0);
        List<String> headings = new ArrayList<>();
        if (row == null) {
            return headings;
        }
        if (row.getLastCellNum() > MAX_COLUMNS) {
            throw rejected(CellProblem.of(sheet.getSheetName(), 1, null, null, "tooManyColumns",
                    String.valueOf(MAX_COLUMNS)));
        }
        for (int column = 0; column < row.getLastCellNum(); column++) {
            Cell cell = row.getCell(column);
            headings.add(cell == null || cell.getCellType() != CellType.STRING ? ""
                    : cell.getStringCellValue().strip());
        }
        return headings;
    }

    private static void requireColumns(String sheet, Map<String, List<String>> headings, List<String> required) {
        List<CellProblem> missing = required.stream().filter(column -> !headings.get(sheet).contains(column))
                .map(column -> CellProblem.of(sheet, 1, column, null, "columnMissing", column)).toList();
        if (!missing.isEmpty()) {
            throw new TemplateRejectedException(missing);
        }
    }

    private record Versions(int year, int quarter, Map<Long, Long> versions) {
    }

    private static Versions versions(Sheet sheet) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        Integer year = null;
        Integer quarter = null;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            long[] values = new long[4];
            for (int column = 0; column < values.length; column++) {
                Cell cell = row.getCell(column);
                if (cell == null || cell.getCellType() != CellType.NUMERIC) {
                    throw rejected(CellProblem.ofFile("versionsUnreadable"));
                }
                values[column] = (long) cell.getNumericCellValue();
            }
            if ((year != null && year != values[1]) || (quarter != null && quarter != values[2])) {
                throw rejected(CellProblem.ofFile("versionsUnreadable"));
            }
            year = (int) values[1];
            quarter = (int) values[2];
            versions.put(values[0], values[3]);
        }
        if (year == null) {
            throw rejected(CellProblem.ofFile("versionsUnreadable"));
        }
        return new Versions(year, quarter, versions);
    }

    private static List<TemplateLine> lines(Sheet sheet, List<String> headings, List<CellProblem> problems) {
        String name = sheet.getSheetName();
        List<TemplateLine> lines = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int column = 0; column < Math.min(headings.size(), MAX_COLUMNS); column++) {
                Cell cell = row.getCell(column);
                String heading = headings.get(column);
                if (cell == null || heading.isEmpty()) {
                    continue;
                }
                if (effectiveType(cell) == CellType.ERROR) {
                    problems.add(CellProblem.of(name, r + 1, heading, ref(column, r), "cellError"));
                    continue;
                }
                String text = text(cell);
                if (!text.isBlank()) {
                    cells.put(heading, text);
                }
            }
            String idColumn = headings.getFirst();
            if (cells.isEmpty()) {
                continue;
            }
            String id = cells.get(idColumn);
            if (id == null || !id.matches("\\d{1,18}")) {
                problems.add(CellProblem.of(name, r + 1, idColumn, ref(0, r), "idInvalid",
                        id == null ? "" : id));
                continue;
            }
            if (!seen.add(Long.parseLong(id))) {
                problems.add(CellProblem.of(name, r + 1, idColumn, ref(0, r), "duplicateRow", id));
                continue;
            }
            lines.add(new TemplateLine(name, r + 1, Long.parseLong(id), cells));
        }
        return lines;
    }

    private static String ref(int column, int row) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    private static CellType effectiveType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /**
     * A cell's text: a string as typed, a date as 2019-09-30, a number as a plain decimal (98.5; a cell formatted
     * as a percentage, where Excel stores 0.985 for 98.5 %, as 98.5), a truth value as TRUE or FALSE.
     */
    static String text(Cell cell) {
        return switch (effectiveType(cell)) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue()));
                if (isPercentFormat(cell.getCellStyle().getDataFormatString())) {
                    value = value.movePointRight(2);
                }
                value = value.stripTrailingZeros();
                yield (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    /** Whether a number format shows a fraction as a percentage: a % outside quotes and not escaped. */
    static boolean isPercentFormat(String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        boolean escaped = false;
        for (char c : format.toCharArray()) {
            if (escaped) {
                escaped = false;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    private static TemplateRejectedException rejected(CellProblem problem) {
        return new TemplateRejectedException(List.of(problem));
    }
}
