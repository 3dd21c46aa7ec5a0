package org.perfgoals.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.perfgoals.indicator.IndicatorRecord;

/**
 * A project as its form declared it, for the project page and the REST API: a plain value read in one transaction,
 * so nothing outside the feature holds, changes or lazily loads the entity.
 *
 * @param unit        the organisation that declared the project (the form's 单位; {@code department} in the table and
 *                    on the wire)
 * @param budgetItems the sub-items of the current-year budget, in form order
 * @param indicators  the indicators in form order
 */
public record ProjectDetails(long id, int year, String unit, String name, String projectType, String fundUse,
                             String owner, String contact, String phone, LocalDate startDate, LocalDate endDate,
                             String overview, String legalBasis, String necessity, String safeguards,
                             String implementationPlan, String overallGoal, String annualGoal, String remark,
                             BigDecimal totalBudget, BigDecimal currentYearBudget, BigDecimal previousYearBudget,
                             BigDecimal previousYearExecuted, List<BudgetItemRecord> budgetItems,
                             List<IndicatorRecord> indicators, List<ImportWarningRecord> warnings) {

    public ProjectDetails {
        budgetItems = List.copyOf(budgetItems);
        indicators = List.copyOf(indicators);
        warnings = List.copyOf(warnings);
    }

    /** Reads a managed project; to be called inside the transaction that loaded it. */
    static ProjectDetails of(Project p) {
        return new ProjectDetails(p.getId(), p.getYear(), p.getUnit(), p.getName(), p.getProjectType(),
                p.getFundUse(), p.getOwner(), p.getContact(), p.getPhone(), p.getStartDate(), p.getEndDate(),
                p.getOverview(), p.getLegalBasis(), p.getNecessity(), p.getSafeguards(), p.getImplementationPlan(),
                p.getOverallGoal(), p.getAnnualGoal(), p.getRemark(), p.getTotalBudget(), p.getCurrentYearBudget(),
                p.getPreviousYearBudget(), p.getPreviousYearExecuted(),
                p.getBudgetItems().stream().map(BudgetItemRecord::of).toList(),
                p.getIndicators().stream().map(IndicatorRecord::of).toList(),
                p.getWarnings().stream().map(ImportWarningRecord::of).toList());
    }

    /** Last year's execution rate in percent (spent / budget), or null when last year had no budget. */
    public BigDecimal previousYearExecutionRate() {
        if (previousYearBudget == null || previousYearExecuted == null || previousYearBudget.signum() == 0) {
            return null;
        }
        return previousYearExecuted.multiply(BigDecimal.valueOf(100))
                .divide(previousYearBudget, 2, RoundingMode.HALF_UP);
    }

    /** The sum of the sub-items, zero without any. */
    public BigDecimal budgetItemsSum() {
        return budgetItems.stream().map(BudgetItemRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
