package org.perfgoals.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.read.BudgetRow;
import org.perfgoals.monitoring.read.PeriodSheet;

/**
 * The budget block of {@link MonitoringWorkbook}'s form: the year's budget, what is spent, the rate and its status,
 * the reason for the pace when one is given, then one row per sub-item.
 */
final class BudgetRows extends FormBlock {

    BudgetRows(FormCells cells, PeriodSheet sheet, TranslationProvider messages, Locale locale) {
        super(cells, sheet, messages, locale);
    }

    void write() {
        cells.sectionRow(messages.getTranslation("export.budget", locale));
        BigDecimal budget = sheet.project().currentYearBudget();
        Row labels = cells.newRow();
        cells.labelCell(labels, 0, 1, messages.getTranslation("export.budget.annual", locale));
        cells.labelCell(labels, 2, 3, messages.getTranslation("export.budget.executed", locale));
        cells.labelCell(labels, 4, 5, messages.getTranslation("export.budget.rate", locale));
        cells.labelCell(labels, 6, 7, messages.getTranslation("export.budget.expected", locale));
        cells.labelCell(labels, 8, 9, messages.getTranslation("export.budget.status", locale));
        Row values = cells.newRow();
        cells.yuanCell(values, 0, 1, budget);
        cells.yuanCell(values, 2, 3, sheet.spentSoFar());
        cells.rateCell(values, 4, 5, sheet.executionRate());
        // What was kept (or suggested) for the year; words kept stay words; with neither the form expects the budget.
        Optional<BigDecimal> expected = sheet.expectedSpending();
        if (expected.isPresent()) {
            cells.yuanCell(values, 6, 7, expected.get());
        } else if (!sheet.keptExecution().isEmpty()) {
            cells.textCell(values, 6, 7, sheet.keptExecution());
        } else {
            cells.yuanCell(values, 6, 7, budget);
        }
        cells.statusCell(values, 8, 9, sheet.budgetEvaluation() == null ? Status.NO_DATA
                : sheet.budgetEvaluation().status());
        if (sheet.report().executionReason() != null) {
            Row reason = cells.newRow();
            cells.labelCell(reason, 0, 1, messages.getTranslation("export.budget.reason", locale));
            cells.textCell(reason, 2, 9, sheet.report().executionReason());
            cells.fitHeight(reason, List.of(sheet.report().executionReason()), 8 * 20);
        }
        if (sheet.budget().isEmpty()) {
            return;
        }
        Row header = cells.newRow();
        cells.labelCell(header, 0, 1, messages.getTranslation("export.item", locale));
        cells.labelCell(header, 2, 2, messages.getTranslation("export.item.budget", locale));
        cells.labelCell(header, 3, 3, messages.getTranslation("export.item.spentInPeriod", locale));
        cells.labelCell(header, 4, 4, messages.getTranslation("export.item.spentSoFar", locale));
        cells.labelCell(header, 5, 5, messages.getTranslation("export.item.rate", locale));
        cells.labelCell(header, 6, 9, messages.getTranslation("export.item.overBudgetReason", locale));
        for (BudgetRow item : sheet.budget()) {
            Row row = cells.newRow();
            cells.textCell(row, 0, 1, item.item().name());
            cells.yuanCell(row, 2, 2, item.item().amount());
            cells.yuanCell(row, 3, 3, item.spentInPeriod());
            cells.yuanCell(row, 4, 4, item.spentSoFar());
            cells.rateCell(row, 5, 5, item.rate());
            String reason = item.current() == null ? null : item.current().overBudgetReason();
            cells.textCell(row, 6, 9, reason);
            cells.fitHeight(row, List.of(item.item().name(), reason == null ? "" : reason), 2 * 13);
        }
    }
}
