package org.perfgoals.monitoring.read;

import java.math.BigDecimal;
import org.perfgoals.project.BudgetItemRecord;

/**
 * A sub-item in a period: its budget, what was entered for the period (null if nothing), what was spent in the
 * period and so far, and its execution rate.
 */
public record BudgetRow(BudgetItemRecord item, SpendingRecord current, BigDecimal spentInPeriod,
                        BigDecimal spentSoFar, BigDecimal rate) {

    public boolean overBudget() {
        return item.amount() != null && spentSoFar.compareTo(item.amount()) > 0;
    }
}
