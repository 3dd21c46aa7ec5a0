package org.perfgoals.monitoring.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.perfgoals.monitoring.domain.ActualInput;
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

    /**
     * 全年预计执行数: the year's budget at the full-year execution rate the 预算执行率 row's 全年预计 keeps ("96.5 %"),
     * or, with nothing kept there, at the rate suggested for it. Empty without a 预算执行率 row, when nothing is kept
     * or suggested, and when what was kept is words rather than a rate ({@link #keptExecution()} then says them).
     */
    public Optional<BigDecimal> expectedSpending() {
        Optional<SheetRow> execution = executionRow();
        if (execution.isEmpty() || project.currentYearBudget() == null) {
            return Optional.empty();
        }
        String kept = keptExecution();
        BigDecimal rate;
        if (kept.isEmpty()) {
            rate = execution.get().forecast() == null ? null : execution.get().forecast().value();
        } else {
            ActualInput.ParsedNumber typed = ActualInput.parse(kept, "%", true);
            rate = typed.value();
        }
        return Optional.ofNullable(rate).map(percent -> project.currentYearBudget().multiply(percent)
                .movePointLeft(2).setScale(2, RoundingMode.HALF_UP));
    }

    /** What the 预算执行率 row's 全年预计 keeps, as typed; empty when nothing is kept or there is no such row. */
    public String keptExecution() {
        return executionRow().map(SheetRow::current)
                .map(ActualRecord::expectedFullYear).map(String::strip).orElse("");
    }

    /** The 预算执行率 row, whose value the budget execution gives; a project need not have one. */
    private Optional<SheetRow> executionRow() {
        return rows.stream().filter(SheetRow::derived).findFirst();
    }

    public SheetRow row(long indicatorId) {
        return rows.stream().filter(row -> row.indicator().id() == indicatorId).findFirst().orElseThrow();
    }

    public BudgetRow budgetRow(long budgetItemId) {
        return budget.stream().filter(row -> row.item().id() == budgetItemId).findFirst().orElseThrow();
    }
}
