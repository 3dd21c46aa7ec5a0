package org.perfgoals.monitoring.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.perfgoals.monitoring.domain.Period;

/** The amount of a budget sub-item spent within one period (not cumulative: the sums are computed). */
@Entity
@Table(name = "budget_execution")
public class BudgetSpending extends PeriodRecord {

    @Column(nullable = false)
    private long budgetItemId;
    @Column(nullable = false)
    private BigDecimal amount = BigDecimal.ZERO;
    private String overBudgetReason;

    protected BudgetSpending() {
    }

    public BudgetSpending(long budgetItemId, long projectId, Period period) {
        super(projectId, period);
        this.budgetItemId = budgetItemId;
    }

    public long getBudgetItemId() { return budgetItemId; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getOverBudgetReason() { return overBudgetReason; }
    public void setOverBudgetReason(String overBudgetReason) { this.overBudgetReason = overBudgetReason; }

}
