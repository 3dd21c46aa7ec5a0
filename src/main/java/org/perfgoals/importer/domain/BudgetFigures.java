package org.perfgoals.importer.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The budget amounts of a form and the checks between them. A form whose figures disagree is still
 * imported: the unit is told what does not add up, nothing is corrected silently.
 */
record BudgetFigures(BigDecimal total, BigDecimal currentYear, BigDecimal previousYear,
                     BigDecimal previousYearExecuted) {

    void check(List<BudgetItemData> items, int itemsLine, int budgetLine, FormIssues issues) {
        if (items.isEmpty()) {
            issues.warning("budget.items.none", budgetLine);
        } else if (currentYear != null) {
            BigDecimal sum = items.stream().map(BudgetItemData::amount).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(currentYear) != 0) {
                issues.warning("budget.sum.mismatch", itemsLine, AmountText.format(sum),
                        AmountText.format(currentYear), AmountText.format(sum.subtract(currentYear).abs()));
            }
        }
        if (total != null && currentYear != null && total.compareTo(currentYear) < 0) {
            issues.warning("budget.total.belowCurrent", budgetLine, AmountText.format(total),
                    AmountText.format(currentYear));
        }
        if (previousYear != null && previousYearExecuted != null && previousYearExecuted.compareTo(previousYear) > 0) {
            issues.warning("budget.previousYear.overspent", budgetLine, AmountText.format(previousYearExecuted),
                    AmountText.format(previousYear));
        }
    }
}
