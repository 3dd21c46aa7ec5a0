package org.perfgoals.importer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one 绩效目标申报表 says, as read from its text. Amounts are in yuan; any field the form left
 * empty is null (lists are empty instead). {@code formNumber} counts forms in the file from 1;
 * {@code firstLine} is the 1-based line of the form's title.
 */
public record FormData(
        int formNumber,
        int firstLine,
        Integer year,
        String unit,
        String name,
        String projectType,
        String fundUse,
        String owner,
        String contact,
        String phone,
        LocalDate startDate,
        LocalDate endDate,
        String overview,
        String legalBasis,
        String necessity,
        String safeguards,
        String implementationPlan,
        BigDecimal totalBudget,
        BigDecimal currentYearBudget,
        BigDecimal previousYearBudget,
        BigDecimal previousYearExecuted,
        List<BudgetItemData> budgetItems,
        String overallGoal,
        String annualGoal,
        List<IndicatorData> indicators,
        String remark) {

    public FormData {
        budgetItems = List.copyOf(budgetItems);
        indicators = List.copyOf(indicators);
    }
}
