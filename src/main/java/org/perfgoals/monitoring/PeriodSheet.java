package org.perfgoals.monitoring;

import java.math.BigDecimal;
import java.util.List;
import org.perfgoals.monitoring.domain.Evaluation;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.project.Project;

/**
 * Everything about one project in one period: its report (state and version), every indicator row, every
 * sub-item, the execution rate against time progress, and the project's status (its worst row).
 */
public record PeriodSheet(Project project, Period period, PeriodReport report, List<SheetRow> rows,
                          List<BudgetRow> budget, BigDecimal spentSoFar, BigDecimal executionRate,
                          Evaluation budgetEvaluation, Status projectStatus, boolean needsExecutionReason) {

    public BigDecimal timeProgress() {
        return period.timeProgress();
    }

    public SheetRow row(long indicatorId) {
        return rows.stream().filter(row -> row.indicator().getId() == indicatorId).findFirst().orElseThrow();
    }
}
