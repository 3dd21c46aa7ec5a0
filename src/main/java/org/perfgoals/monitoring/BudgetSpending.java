package org.perfgoals.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.perfgoals.base.AbstractEntity;
import org.perfgoals.monitoring.domain.Period;

/** The amount of a budget sub-item spent within one period (not cumulative: the sums are computed). */
@Entity
@Table(name = "budget_execution")
public class BudgetSpending extends AbstractEntity {

    @Column(nullable = false)
    private long budgetItemId;
    @Column(nullable = false)
    private long projectId;
    @Column(name = "period_year", nullable = false)
    private int year;
    @Column(name = "period_month", nullable = false)
    private int month;
    @Column(nullable = false)
    private BigDecimal amount = BigDecimal.ZERO;
    private String overBudgetReason;
    @Column(nullable = false)
    private String updatedBy;
    @Column(nullable = false)
    private Instant updatedAt;
    private boolean demo;

    protected BudgetSpending() {
    }

    public BudgetSpending(long budgetItemId, long projectId, Period period) {
        this.budgetItemId = budgetItemId;
        this.projectId = projectId;
        this.year = period.year();
        this.month = period.endMonth();
    }

    public long getBudgetItemId() { return budgetItemId; }
    public long getProjectId() { return projectId; }
    public Period getPeriod() { return new Period(year, month); }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getOverBudgetReason() { return overBudgetReason; }
    public void setOverBudgetReason(String overBudgetReason) { this.overBudgetReason = overBudgetReason; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public boolean isDemo() { return demo; }
    public void markDemo() { this.demo = true; }

    void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
