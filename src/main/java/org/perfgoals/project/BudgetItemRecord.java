package org.perfgoals.project;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A sub-item of the current-year budget as views, REST and exports read it: a plain value, not the entity. */
public record BudgetItemRecord(long id, String name, BigDecimal amount) {

    public static BudgetItemRecord of(BudgetItem item) {
        return new BudgetItemRecord(item.getId(), item.getName(), item.getAmount());
    }

    /** This item's share of {@code total} in percent, two decimals; zero when the total is zero. */
    public BigDecimal shareOf(BigDecimal total) {
        if (total == null || total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
    }
}
