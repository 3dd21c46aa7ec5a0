package org.perfgoals.monitoring.read;

import java.math.BigDecimal;
import java.util.List;
import org.perfgoals.monitoring.domain.scoring.SchemeWeights;
import org.perfgoals.project.BudgetItemRecord;

/**
 * The project a sheet belongs to, as its readers need it: who it is, its unit, its year, its current-year budget
 * and sub-items, and how its indicators are weighted.
 *
 * @param version the project's version, which a weights editor sends back so that a later change is not overwritten
 */
public record ProjectHeader(long id, String name, String unit, int year, long version,
                            BigDecimal currentYearBudget, List<BudgetItemRecord> budgetItems, SchemeWeights weights) {

    public ProjectHeader {
        budgetItems = List.copyOf(budgetItems);
    }
}
