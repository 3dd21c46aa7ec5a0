package org.perfgoals.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.PeriodSheet;
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

    /** One workbook being written: the form's blocks, top to bottom, on one sheet. */
    private final class Writer {

        private final XSSFSheet out;
        private final FormCells cells;
        private final HeaderRows header;
        private final BudgetRows budget;
        private final IndicatorRows indicators;

        Writer(XSSFWorkbook workbook, PeriodSheet sheet, Locale locale) {
            MonitoringWording wording = new MonitoringWording((key, args) -> messages.getTranslation(key, locale,
                    args));
            this.out = workbook.createSheet(messages.getTranslation("export.sheetName", locale));
            this.cells = new FormCells(out, new WorkbookStyles(workbook), wording);
            this.header = new HeaderRows(MonitoringWorkbook.this, cells, sheet, messages, locale);
            this.budget = new BudgetRows(cells, sheet, messages, locale);
            this.indicators = new IndicatorRows(cells, sheet, messages, locale, wording);
        }

        void write() {
            for (int column = 0; column < COLUMNS; column++) {
                out.setColumnWidth(column, FormCells.WIDTHS[column] * 256 + 200);
            }
            header.titleRow();
            header.headerBlock();
            cells.skipRow();
            budget.write();
            cells.skipRow();
            indicators.write();
            out.getPrintSetup().setLandscape(true);
            out.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            out.setFitToPage(true);
            out.getPrintSetup().setFitWidth((short) 1);
            out.getPrintSetup().setFitHeight((short) 0);
        }
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
}
