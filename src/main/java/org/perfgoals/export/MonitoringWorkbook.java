package org.perfgoals.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.chart.StatusColors;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetWording;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.BudgetRow;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ProjectHeader;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.wording.MonitoringWording;

/**
 * Writes one project's period as the national monitoring form (项目支出绩效目标执行监控表): title, header block,
 * budget execution with one row per sub-item, then one row per indicator with its annual target, the value so
 * far, the expected full-year value, the status, the deviation cause, the likelihood and the corrective measures.
 * Amounts and rates are numeric cells with number formats; every label comes from the i18n bundles
 * ({@code export.*}), so the form reads in Chinese or English. Stateless and thread-safe.
 */
public final class MonitoringWorkbook {

    /** The MIME type of an .xlsx file. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The name of the one sheet, the form's own name whatever the locale (other systems look for it). */

    static final int COLUMNS = 10;
    /** Column widths in characters; a Chinese character takes about two. */
    private static final int[] WIDTHS = {16, 14, 24, 24, 24, 20, 11, 30, 14, 36};
    private static final float LINE_POINTS = 15f;

    private final TranslationProvider messages;

    public MonitoringWorkbook() {
        this(new TranslationProvider());
    }

    public MonitoringWorkbook(TranslationProvider messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Writes the workbook to {@code out} (which stays open). */
    public void write(PeriodSheet sheet, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Writer(workbook, sheet, locale == null ? TranslationProvider.CHINESE : locale).write();
            workbook.write(out);
        }
    }

    /** The workbook as bytes, for a download. */
    public byte[] bytes(PeriodSheet sheet, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(sheet, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** "12333热线…项目经费_2019年第2季度.xlsx": the project's name and the period, without characters files refuse. */
    public String fileName(PeriodSheet sheet, Locale locale) {
        String name = messages.getTranslation("export.fileName", locale, sheet.project().name(),
                periodLabel(sheet.period(), locale));
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + ".xlsx";
    }

    /** "2019年第2季度", "2019年1–7月". */
    String periodLabel(Period period, Locale locale) {
        String year = String.valueOf(period.year());
        return period.quarter().isPresent()
                ? messages.getTranslation("export.period.quarter", locale, year,
                        String.valueOf(period.quarter().getAsInt()))
                : messages.getTranslation("export.period.months", locale, year, String.valueOf(period.endMonth()));
    }

    /** One workbook being written: the styles are made once per workbook and shared by the cells. */
    private final class Writer {

        private final XSSFWorkbook workbook;
        private final XSSFSheet out;
        private final PeriodSheet sheet;
        private final Locale locale;
        private final MonitoringWording wording;
        private final XSSFCellStyle title;
        private final XSSFCellStyle section;
        private final XSSFCellStyle label;
        private final XSSFCellStyle text;
        private final XSSFCellStyle centered;
        private final XSSFCellStyle yuan;
        private final XSSFCellStyle percent;
        private final Map<Status, XSSFCellStyle> statusStyles = new EnumMap<>(Status.class);
        private final Map<String, XSSFCellStyle> valueStyles = new HashMap<>();
        private int next;

        Writer(XSSFWorkbook workbook, PeriodSheet sheet, Locale locale) {
            this.wording = new MonitoringWording((key, args) -> messages.getTranslation(key, locale, args));
            this.workbook = workbook;
            this.out = workbook.createSheet(messages.getTranslation("export.sheetName", locale));
            this.sheet = sheet;
            this.locale = locale;
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFFont big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setWrapText(true);
            text = bordered();
            text.setWrapText(true);
            centered = bordered();
            centered.setWrapText(true);
            centered.setAlignment(HorizontalAlignment.CENTER);
            label = bordered();
            label.setFont(bold);
            label.setWrapText(true);
            label.setAlignment(HorizontalAlignment.CENTER);
            label.setFillForegroundColor(rgb(0xF2, 0xF2, 0xF2));
            label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            section = bordered();
            section.cloneStyleFrom(label);
            section.setAlignment(HorizontalAlignment.LEFT);
            section.setFillForegroundColor(rgb(0xD9, 0xE1, 0xF2));
            yuan = bordered();
            yuan.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            percent = bordered();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            for (Status status : List.of(Status.RED, Status.YELLOW, Status.GREEN, Status.BLUE)) {
                StatusColors.Palette palette = MonitoringWording.colours(status);
                statusStyles.put(status, fill(hex(palette.tint()), hex(palette.text())));
            }
        }

        void write() {
            for (int column = 0; column < COLUMNS; column++) {
                out.setColumnWidth(column, WIDTHS[column] * 256 + 200);
            }
            titleRow();
            headerBlock();
            next++;
            budgetBlock();
            next++;
            indicatorTable();
            out.getPrintSetup().setLandscape(true);
            out.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            out.setFitToPage(true);
            out.getPrintSetup().setFitWidth((short) 1);
            out.getPrintSetup().setFitHeight((short) 0);
        }

        private void titleRow() {
            Row row = out.createRow(next++);
            row.setHeightInPoints(30);
            Cell cell = row.createCell(0);
            cell.setCellValue(messages.getTranslation("export.title", locale, periodLabel(sheet.period(), locale)));
            cell.setCellStyle(title);
            out.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, COLUMNS - 1));
        }

        private void headerBlock() {
            ProjectHeader project = sheet.project();
            Period period = sheet.period();
            Row first = out.createRow(next++);
            labelCell(first, 0, 0, messages.getTranslation("export.projectName", locale));
            textCell(first, 1, 4, project.name());
            labelCell(first, 5, 5, messages.getTranslation("export.department", locale));
            textCell(first, 6, 9, project.unit());
            fitHeight(first, List.of(project.name()), 4 * 22);

            Row second = out.createRow(next++);
            labelCell(second, 0, 0, messages.getTranslation("export.period", locale));
            textCell(second, 1, 4, messages.getTranslation("export.period.span", locale, periodLabel(period, locale),
                    period.start().toString(), period.end().toString()));
            labelCell(second, 5, 5, messages.getTranslation("export.timeProgress", locale));
            rateCell(second, 6, 9, period.timeProgress());

            Row third = out.createRow(next++);
            labelCell(third, 0, 0, messages.getTranslation("export.projectStatus", locale));
            statusCell(third, 1, 4, sheet.projectStatus());
            labelCell(third, 5, 5, messages.getTranslation("export.reportState", locale));
            textCell(third, 6, 9, messages.getTranslation("reportState." + sheet.report().state().name(),
                    locale));
        }

        private void budgetBlock() {
            sectionRow(messages.getTranslation("export.budget", locale));
            BigDecimal budget = sheet.project().currentYearBudget();
            Row labels = out.createRow(next++);
            labelCell(labels, 0, 1, messages.getTranslation("export.budget.annual", locale));
            labelCell(labels, 2, 3, messages.getTranslation("export.budget.executed", locale));
            labelCell(labels, 4, 5, messages.getTranslation("export.budget.rate", locale));
            labelCell(labels, 6, 7, messages.getTranslation("export.budget.expected", locale));
            labelCell(labels, 8, 9, messages.getTranslation("export.budget.status", locale));
            Row values = out.createRow(next++);
            yuanCell(values, 0, 1, budget);
            yuanCell(values, 2, 3, sheet.spentSoFar());
            rateCell(values, 4, 5, sheet.executionRate());
            // Nobody reports an expected full-year execution yet: the form then expects the year's budget.
            yuanCell(values, 6, 7, budget);
            statusCell(values, 8, 9, sheet.budgetEvaluation() == null ? Status.NO_DATA
                    : sheet.budgetEvaluation().status());
            if (sheet.report().executionReason() != null) {
                Row reason = out.createRow(next++);
                labelCell(reason, 0, 1, messages.getTranslation("export.budget.reason", locale));
                textCell(reason, 2, 9, sheet.report().executionReason());
                fitHeight(reason, List.of(sheet.report().executionReason()), 8 * 20);
            }
            if (sheet.budget().isEmpty()) {
                return;
            }
            Row header = out.createRow(next++);
            labelCell(header, 0, 1, messages.getTranslation("export.item", locale));
            labelCell(header, 2, 2, messages.getTranslation("export.item.budget", locale));
            labelCell(header, 3, 3, messages.getTranslation("export.item.spentInPeriod", locale));
            labelCell(header, 4, 4, messages.getTranslation("export.item.spentSoFar", locale));
            labelCell(header, 5, 5, messages.getTranslation("export.item.rate", locale));
            labelCell(header, 6, 9, messages.getTranslation("export.item.overBudgetReason", locale));
            for (BudgetRow item : sheet.budget()) {
                Row row = out.createRow(next++);
                textCell(row, 0, 1, item.item().name());
                yuanCell(row, 2, 2, item.item().amount());
                yuanCell(row, 3, 3, item.spentInPeriod());
                yuanCell(row, 4, 4, item.spentSoFar());
                rateCell(row, 5, 5, item.rate());
                String reason = item.current() == null ? null : item.current().overBudgetReason();
                textCell(row, 6, 9, reason);
                fitHeight(row, List.of(item.item().name(), reason == null ? "" : reason), 2 * 13);
            }
        }

        private void indicatorTable() {
            sectionRow(messages.getTranslation("export.indicators", locale));
            Row header = out.createRow(next++);
            String[] headings = {
                messages.getTranslation("export.level1", locale),
                messages.getTranslation("export.level2", locale),
                messages.getTranslation("export.level3", locale),
                messages.getTranslation("export.target", locale),
                messages.getTranslation("export.actual", locale),
                messages.getTranslation("export.expectedFullYear", locale),
                messages.getTranslation("export.status", locale),
                messages.getTranslation("export.cause", locale),
                messages.getTranslation("export.likelihood", locale),
                messages.getTranslation("export.measures", locale),
            };
            for (int column = 0; column < COLUMNS; column++) {
                labelCell(header, column, column, headings[column]);
            }
            fitHeight(header, List.of(headings), 0);
            out.createFreezePane(0, next);
            int first = next;
            for (SheetRow line : sheet.rows()) {
                indicatorRow(line);
            }
            mergeGroups(first, next - 1);
        }

        private void indicatorRow(SheetRow line) {
            IndicatorRecord indicator = line.indicator();
            ActualRecord value = line.current();
            Row row = out.createRow(next++);
            textCell(row, 0, 0, indicator.level1());
            textCell(row, 1, 1, indicator.level2());
            textCell(row, 2, 2, indicator.name());
            String target = target(indicator);
            textCell(row, 3, 3, target);
            String actual = actualCell(row, 4, line);
            textCell(row, 5, 5, value == null ? null : value.expectedFullYear());
            statusCell(row, 6, 6, line.evaluation().status());
            String cause = wording.cause(value);
            textCell(row, 7, 7, cause);
            centeredCell(row, 8, value == null || value.likelihood() == null ? null
                    : wording.likelihood(value));
            String measures = value == null ? null : value.measures();
            textCell(row, 9, 9, measures);
            List<String> texts = new ArrayList<>();
            texts.add(nz(indicator.level1()));
            texts.add(nz(indicator.level2()));
            texts.add(nz(indicator.name()));
            texts.add(target);
            texts.add(actual);
            texts.add(value == null ? "" : nz(value.expectedFullYear()));
            texts.add("");
            texts.add(cause);
            texts.add("");
            texts.add(nz(measures));
            fitHeight(row, texts, 0);
        }

        /**
         * The value so far: a number with its unit as a numeric cell for a quantitative target (and the derived
         * 预算执行率), the parts joined for a compound one, the assessment's wording, or the deadline's progress.
         *
         * @return the text the cell shows, for the row height
         */
        private String actualCell(Row row, int column, SheetRow line) {
            Target target = line.indicator().target();
            if (line.derived()) {
                return numberCell(row, column, line.derivedValue(), "%");
            }
            ActualRecord value = line.current();
            if (value != null && target instanceof Target.Quantitative q) {
                return numberCell(row, column, value.numericValue(), q.unit());
            }
            String said = wording.value(value, target);
            textCell(row, column, column, value == null ? null : said);
            return said;
        }

        /**
         * The annual target as declared; when the declaration carries markup from its source ("$\geq 98.00\%$"),
         * the target as the entry view says it ("≥ 98 %，越高越好").
         */
        private String target(IndicatorRecord indicator) {
            String declared = nz(indicator.targetText()).strip();
            if (!declared.isEmpty() && !declared.contains("$") && !declared.contains("\\")) {
                return declared;
            }
            return new TargetWording((key, args) -> messages.getTranslation(key, locale, args))
                    .describe(indicator.target());
        }

        /** Merges runs of equal 一级指标 in column A, and of equal 一级 + 二级指标 in column B. */
        private void mergeGroups(int first, int last) {
            List<SheetRow> rows = sheet.rows();
            mergeRuns(first, last, 0, index -> nz(rows.get(index).indicator().level1()));
            mergeRuns(first, last, 1, index -> nz(rows.get(index).indicator().level1()) + "\u0000"
                    + nz(rows.get(index).indicator().level2()));
        }

        private void mergeRuns(int first, int last, int column, java.util.function.IntFunction<String> key) {
            int start = first;
            for (int rowIndex = first + 1; rowIndex <= last + 1; rowIndex++) {
                boolean ends = rowIndex > last || !key.apply(rowIndex - first).equals(key.apply(start - first));
                if (ends) {
                    if (rowIndex - 1 > start && !key.apply(start - first).isBlank()) {
                        out.addMergedRegion(new CellRangeAddress(start, rowIndex - 1, column, column));
                    }
                    start = rowIndex;
                }
            }
        }

        private void sectionRow(String heading) {
            Row row = out.createRow(next++);
            row.setHeightInPoints(20);
            Cell cell = row.createCell(0);
            cell.setCellValue(heading);
            cell.setCellStyle(section);
            for (int column = 1; column < COLUMNS; column++) {
                row.createCell(column).setCellStyle(section);
            }
            out.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, COLUMNS - 1));
        }

        private void labelCell(Row row, int from, int to, String value) {
            cell(row, from, to, label).setCellValue(value);
        }

        private void textCell(Row row, int from, int to, String value) {
            Cell cell = cell(row, from, to, text);
            if (value != null && !value.isEmpty()) {
                cell.setCellValue(value);
            }
        }

        private void centeredCell(Row row, int column, String value) {
            Cell cell = cell(row, column, column, centered);
            if (value != null && !value.isEmpty()) {
                cell.setCellValue(value);
            }
        }

        private void yuanCell(Row row, int from, int to, BigDecimal amount) {
            Cell cell = cell(row, from, to, yuan);
            if (amount != null) {
                cell.setCellValue(amount.doubleValue());
            }
        }

        /** A rate in percent (45.23) as a fraction (0.4523) shown as 45.23%, so formulas can use it. */
        private void rateCell(Row row, int from, int to, BigDecimal percentValue) {
            Cell cell = cell(row, from, to, percent);
            if (percentValue != null) {
                cell.setCellValue(percentValue.movePointLeft(2).doubleValue());
            }
        }

        private void statusCell(Row row, int from, int to, Status status) {
            Cell cell = cell(row, from, to, statusStyles.getOrDefault(status, centered));
            cell.setCellValue(wording.status(status));
        }

        /** A number shown with as many decimals as it has and its unit: 76.5 → "76.5 %", 400000 → "400,000 人". */
        private String numberCell(Row row, int column, BigDecimal value, String measureUnit) {
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
            String format = "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "") + literal(cleanMeasureUnit);
            XSSFCellStyle style = valueStyles.computeIfAbsent(format, key -> {
                XSSFCellStyle made = bordered();
                made.setDataFormat(workbook.createDataFormat().getFormat(key));
                return made;
            });
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
        private void fitHeight(Row row, List<String> texts, int width) {
            int lines = 1;
            for (int column = 0; column < texts.size(); column++) {
                int available = width > 0 ? width : WIDTHS[column];
                int needed = 0;
                for (String paragraph : nz(texts.get(column)).split("\n", -1)) {
                    needed += Math.max(1, (displayWidth(paragraph) + available - 1) / available);
                }
                lines = Math.max(lines, needed);
            }
            row.setHeightInPoints(Math.min(409, Math.max(LINE_POINTS + 3, lines * LINE_POINTS + 3)));
        }

        private XSSFCellStyle bordered() {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private XSSFCellStyle fill(XSSFColor background, XSSFColor foreground) {
            XSSFCellStyle style = bordered();
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setWrapText(true);
            style.setFillForegroundColor(background);
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            font.setColor(foreground);
            style.setFont(font);
            return style;
        }
    }

    /** A {@code #rrggbb} colour of {@link StatusColors}. */
    private static XSSFColor hex(String color) {
        int value = Integer.parseInt(color.substring(1), 16);
        return rgb(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }

    private static XSSFColor rgb(int red, int green, int blue) {
        return new XSSFColor(new byte[] {(byte) red, (byte) green, (byte) blue}, null);
    }

    /**
     * The unit as a literal of a number format. A quoted "%" is literal for Excel, but POI's formatter still
     * multiplies by 100, so a unit holding "%" is escaped character by character ({@code \ \%}) instead.
     */
    static String literal(String measureUnit) {
        if (measureUnit.isEmpty()) {
            return "";
        }
        String spaced = " " + measureUnit;
        if (!measureUnit.contains("%")) {
            return "\"" + spaced + "\"";
        }
        StringBuilder escaped = new StringBuilder();
        spaced.chars().forEach(c -> escaped.append('\\').append((char) c));
        return escaped.toString();
    }

    /** Columns a text takes: two for a wide (CJK, full-width) character, one otherwise. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return width;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
