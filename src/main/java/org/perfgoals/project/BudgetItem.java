package org.perfgoals.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.perfgoals.base.AbstractEntity;

/** A sub-item of the current-year budget composition (项目当年投入资金构成). */
@Entity
@Table(name = "budget_item")
public class BudgetItem extends AbstractEntity {

    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private BigDecimal amount;

    protected BudgetItem() {
    }

    public BudgetItem(String name, BigDecimal amount) {
        this.name = name;
        this.amount = amount;
    }

    /** Takes a corrected form's name and amount; the spending recorded against the item stays. */
    public void redeclare(BudgetItem declared) {
        this.name = declared.name;
        this.amount = declared.amount;
    }

    public String getName() { return name; }
    public BigDecimal getAmount() { return amount; }

    /** This item's share of {@code total} in percent, two decimals; zero when the total is zero. */
    public BigDecimal shareOf(BigDecimal total) {
        return BudgetItemRecord.of(this).shareOf(total);
    }
}
