package org.perfgoals.monitoring.read;

import java.math.BigDecimal;
import java.util.List;
import org.perfgoals.monitoring.domain.Evaluation;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;

/**
 * Everything about one project in one period, as plain values: the project, its report (state and version), every
 * indicator row, every sub-item, the execution rate against time progress, and the project's status (its worst
 * row). Built by the monitoring feature from what is stored; nothing in it is an entity.
 */
public record PeriodSheet(ProjectHeader project, Period period, ReportRecord report, List<SheetRow> rows,
                          List<BudgetRow> budget, BigDecimal spentSoFar, BigDecimal executionRate,
                          Evaluation budgetEvaluation, Status projectStatus, boolean needsExecutionReason) {

    public PeriodSheet {
        rows = List.copyOf(rows);
        budget = List.copyOf(budget);
    }

    public BigDecimal timeProgress() {
        return period.timeProgress();
    }

    /**
     * Whether anything was spent or entered for this period itself: without it the execution rate only repeats the
     * periods before, and reads as no data rather than as a verdict.
     */
    public boolean spendingEntered() {
        return budget.stream().anyMatch(row -> row.current() != null);
    }

    public SheetRow row(long indicatorId) {
        return rows.stream().filter(row -> row.indicator().id() == indicatorId).findFirst().orElseThrow();
    }

    public BudgetRow budgetRow(long budgetItemId) {
        return budget.stream().filter(row -> row.item().id() == budgetItemId).findFirst().orElseThrow();
    }
}
