package org.perfgoals.monitoring;

import java.math.BigDecimal;
import org.perfgoals.project.BudgetItem;

/** A sub-item in a period: its budget, what was spent in the period and so far, and its execution rate. */
public record BudgetRow(BudgetItem item, BudgetSpending current, BigDecimal spentInPeriod, BigDecimal spentSoFar,
                        BigDecimal rate) {

    public boolean overBudget() {
        return item.getAmount() != null && spentSoFar.compareTo(item.getAmount()) > 0;
    }
}
