package org.perfgoals.monitoring.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfgoals.base.i18n.PeriodLabel;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.BudgetRow;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.wording.MonitoringWording;

/**
 * Writes the filling template of a quarter for one project or many: sheet 填报 with one row per indicator (its ids,
 * names and target locked, this quarter's inputs editable: the value, one column per part of a compound target, the
 * assessment, the completion date, the explanation, the expected full-year value; locked beside them the app's
 * suggestion for that value and how it was made), sheet 预算执行 with one row per sub-item, and the very hidden sheet
 * 版本 holding the quarter and each project's report version, so that an upload of a template that someone else's
 * save overtook is refused. The choice columns are drop-down lists of the entry
 * view's labels; every text of users and forms is a string cell. Stateless and thread-safe.
 */
public final class TemplateWorkbook {

    /** The MIME type of an .xlsx file. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** What 完成日期 says of a deadline reported done without a date. */
    public static final String DONE_WITHOUT_DATE = "已完成";

    private final TranslationProvider messages;
    private final TemplateChoices choices;
    private final MonitoringWording wording;

    public TemplateWorkbook(TranslationProvider messages) {
        this.messages = messages;
        this.choices = new TemplateChoices(messages);
        this.wording = new MonitoringWording((key, args) -> messages.getTranslation(key, TranslationProvider.CHINESE,
                args));
    }

    /** "填报模板_12333热线…_2019年第3季度.xlsx": what the template is of, and the quarter. */
    public String fileName(String subject, Period period) {
        String name = messages.getTranslation("template.fileName", TranslationProvider.CHINESE, subject,
                PeriodLabel.of(messages, TranslationProvider.CHINESE, period.year(), period.endMonth()));
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + ".xlsx";
    }

    public byte[] write(Period period, List<PeriodSheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Writer(workbook, period, sheets).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parts' labels of every compound target of the sheets, in the order they first occur. */
    static List<String> partLabels(List<PeriodSheet> sheets) {
        Set<String> labels = new LinkedHashSet<>();
        sheets.forEach(sheet -> sheet.rows().forEach(row -> {
            if (!row.derived() && row.indicator().target() instanceof Target.Compound compound) {
                compound.parts().forEach(part -> labels.add(part.label()));
            }
        }));
        return List.copyOf(labels);
    }

    /** One workbook being written. */
    private final class Writer {

        private final XSSFWorkbook workbook;
        private final Period period;
        private final List<PeriodSheet> sheets;
        private final TemplateStyles styles;
        private final List<String> entryColumns = new ArrayList<>();

        Writer(XSSFWorkbook workbook, Period period, List<PeriodSheet> sheets) {
            this.workbook = workbook;
            this.period = period;
            this.sheets = sheets;
            this.styles = new TemplateStyles(workbook);
            entryColumns.addAll(TemplateColumns.ENTRY_HEAD);
            entryColumns.addAll(partLabels(sheets));
            entryColumns.addAll(TemplateColumns.ENTRY_TAIL);
            entryColumns.add(TemplateColumns.SUGGESTED);
        }

        void write() {
            XSSFSheet entry = workbook.createSheet(TemplateColumns.ENTRY_SHEET);
            heading(entry, entryColumns);
            int next = 1;
            for (PeriodSheet sheet : sheets) {
                for (SheetRow row : sheet.rows()) {
                    indicatorRow(entry.createRow(next++), sheet, row);
                }
            }
            choiceList(entry, TemplateColumns.ASSESSMENT, choices.assessments(), next);
            choiceList(entry, TemplateColumns.CAUSE, choices.causes(), next);
            choiceList(entry, TemplateColumns.LIKELIHOOD, choices.likelihoods(), next);
            finish(entry, entryColumns);

            XSSFSheet budget = workbook.createSheet(TemplateColumns.BUDGET_SHEET);
            heading(budget, TemplateColumns.BUDGET_COLUMNS);
            int line = 1;
            for (PeriodSheet sheet : sheets) {
                for (BudgetRow row : sheet.budget()) {
                    budgetRow(budget.createRow(line++), sheet, row);
                }
            }
            finish(budget, TemplateColumns.BUDGET_COLUMNS);

            XSSFSheet versions = workbook.createSheet(TemplateColumns.VERSIONS_SHEET);
            heading(versions, TemplateColumns.VERSION_COLUMNS);
            int version = 1;
            for (PeriodSheet sheet : sheets) {
                Row row = versions.createRow(version++);
                row.createCell(0).setCellValue(sheet.project().id());
                row.createCell(1).setCellValue(period.year());
                row.createCell(2).setCellValue(period.quarter().orElseThrow());
                row.createCell(3).setCellValue(sheet.report().version());
            }
            versions.protectSheet("");
            workbook.setSheetVisibility(workbook.getSheetIndex(versions), SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(0);
        }

        private void heading(XSSFSheet sheet, List<String> columns) {
            Row row = sheet.createRow(0);
            for (int column = 0; column < columns.size(); column++) {
                Cell cell = row.createCell(column);
                cell.setCellValue(columns.get(column));
                cell.setCellStyle(styles.heading);
            }
        }

        private void indicatorRow(Row out, PeriodSheet sheet, SheetRow row) {
            IndicatorRecord indicator = row.indicator();
            ActualRecord current = row.current();
            Target target = indicator.target();
            boolean derived = row.derived();
            number(out, TemplateColumns.INDICATOR_ID, BigDecimal.valueOf(indicator.id()), styles.fixedId);
            text(out, TemplateColumns.PROJECT, sheet.project().name(), styles.fixed);
            text(out, TemplateColumns.LEVEL1, indicator.level1(), styles.fixed);
            text(out, TemplateColumns.LEVEL2, indicator.level2(), styles.fixed);
            text(out, TemplateColumns.LEVEL3, indicator.name(), styles.fixed);
            text(out, TemplateColumns.TARGET, wording.target(indicator), styles.fixed);
            text(out, TemplateColumns.EARLIER, earlier(row), styles.fixed);
            boolean numeric = !derived && (target instanceof Target.Quantitative || target instanceof Target.Relative);
            BigDecimal value = derived ? row.derivedValue() : current == null ? null : current.numericValue();
            number(out, TemplateColumns.VALUE, value, numeric ? styles.inputNumber : styles.unavailable);
            List<String> labels = !derived && target instanceof Target.Compound compound
                    ? compound.parts().stream().map(Target.Part::label).toList() : List.of();
            for (String label : entryColumns.subList(TemplateColumns.ENTRY_HEAD.size(),
                    entryColumns.indexOf(TemplateColumns.ASSESSMENT))) {
                number(out, label, current == null ? null : current.parts().get(label),
                        labels.contains(label) ? styles.inputNumber : styles.unavailable);
            }
            boolean judged = !derived && (target instanceof Target.Qualitative || target instanceof Target.Relative);
            text(out, TemplateColumns.ASSESSMENT, current == null || current.assessment() == null ? null
                    : choices.assessment(current.assessment()), judged ? styles.inputText : styles.unavailable);
            doneOn(out, current, !derived && target instanceof Target.Deadline);
            XSSFCellStyle explained = derived ? styles.unavailable : styles.inputText;
            text(out, TemplateColumns.CAUSE, current == null || current.deviationCause() == null ? null
                    : choices.cause(current.deviationCause()), explained);
            text(out, TemplateColumns.CAUSE_TEXT, current == null ? null : current.deviationText(), explained);
            text(out, TemplateColumns.MEASURES, current == null ? null : current.measures(), explained);
            text(out, TemplateColumns.LIKELIHOOD, current == null || current.likelihood() == null ? null
                    : choices.likelihood(current.likelihood()), explained);
            text(out, TemplateColumns.EXPECTED, current == null ? null : current.expectedFullYear(), explained);
            text(out, TemplateColumns.SUGGESTED, wording.forecast(row), styles.fixed);
            Map<String, String> texts = new HashMap<>();
            for (String column : List.of(TemplateColumns.PROJECT, TemplateColumns.LEVEL3, TemplateColumns.TARGET,
                    TemplateColumns.EARLIER, TemplateColumns.MEASURES, TemplateColumns.CAUSE_TEXT,
                    TemplateColumns.SUGGESTED)) {
                Cell cell = out.getCell(entryColumns.indexOf(column));
                texts.put(column, cell == null ? "" : cell.getStringCellValue());
            }
            out.setHeightInPoints(TemplateStyles.height(texts));
        }

        private void doneOn(Row out, ActualRecord current, boolean deadline) {
            Cell cell = out.createCell(entryColumns.indexOf(TemplateColumns.DONE_ON));
            cell.setCellStyle(deadline ? styles.inputDate : styles.unavailable);
            if (current == null || !Boolean.TRUE.equals(current.done())) {
                return;
            }
            if (current.doneOn() != null) {
                cell.setCellValue(current.doneOn());
            } else {
                cell.setCellValue(DONE_WITHOUT_DATE);
            }
        }

        /** "Q1 40 %；Q2 76.5 %": the year's earlier quarters as reported. */
        private String earlier(SheetRow row) {
            return row.earlier().stream().filter(value -> !wording.value(value, row.indicator().target()).isEmpty())
                    .map(value -> PeriodLabel.ofShort((key, args) -> messages.getTranslation(key,
                            TranslationProvider.CHINESE, args), value.period().endMonth()) + " "
                            + wording.value(value, row.indicator().target()))
                    .collect(Collectors.joining("；"));
        }

        private void budgetRow(Row out, PeriodSheet sheet, BudgetRow row) {
            List<String> columns = TemplateColumns.BUDGET_COLUMNS;
            set(out, columns, TemplateColumns.ITEM_ID, BigDecimal.valueOf(row.item().id()), styles.fixedId);
            setText(out, columns, TemplateColumns.PROJECT, sheet.project().name(), styles.fixed);
            setText(out, columns, TemplateColumns.ITEM_NAME, row.item().name(), styles.fixed);
            set(out, columns, TemplateColumns.BUDGET, row.item().amount(), styles.fixedAmount);
            set(out, columns, TemplateColumns.SPENT_BEFORE, row.spentSoFar().subtract(row.spentInPeriod()),
                    styles.fixedAmount);
            set(out, columns, TemplateColumns.SPENT, row.current() == null ? null : row.current().amount(),
                    styles.inputAmount);
            setText(out, columns, TemplateColumns.OVER_BUDGET_REASON, row.current() == null ? null
                    : row.current().overBudgetReason(), styles.inputText);
        }

        private void number(Row out, String column, BigDecimal value, XSSFCellStyle style) {
            set(out, entryColumns, column, value, style);
        }

        private void text(Row out, String column, String value, XSSFCellStyle style) {
            setText(out, entryColumns, column, value, style);
        }

        private void set(Row out, List<String> columns, String column, BigDecimal value, XSSFCellStyle style) {
            Cell cell = out.createCell(columns.indexOf(column));
            cell.setCellStyle(style);
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
        }

        /** A text as a string cell, whatever it looks like (a leading "=" is no formula). */
        private void setText(Row out, List<String> columns, String column, String value, XSSFCellStyle style) {
            Cell cell = out.createCell(columns.indexOf(column));
            cell.setCellStyle(style);
            if (value != null && !value.isEmpty()) {
                cell.setCellValue(value);
            }
        }

        private void choiceList(XSSFSheet sheet, String column, List<String> labels, int rows) {
            if (rows <= 1) {
                return;
            }
            int index = entryColumns.indexOf(column);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(labels.toArray(String[]::new)),
                    new CellRangeAddressList(1, rows - 1, index, index));
            validation.setShowErrorBox(true);
            validation.setSuppressDropDownArrow(true);
            validation.setEmptyCellAllowed(true);
            validation.createErrorBox(column, messages.getTranslation("template.choiceOnly",
                    TranslationProvider.CHINESE, String.join(" / ", labels)));
            sheet.addValidationData(validation);
        }

        private void finish(XSSFSheet sheet, List<String> columns) {
            for (int column = 0; column < columns.size(); column++) {
                sheet.setColumnWidth(column, TemplateStyles.width(columns.get(column)) * 256);
            }
            sheet.createFreezePane(1, 1);
            // Printed on landscape pages as wide as the sheet, its heading repeated on each page.
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            sheet.protectSheet("");
            // Locked cells stay locked; resizing and filtering remain possible.
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            sheet.lockAutoFilter(false);
            sheet.lockSort(false);
        }
    }
}
