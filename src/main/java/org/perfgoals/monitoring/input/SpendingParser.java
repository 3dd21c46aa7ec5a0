package org.perfgoals.monitoring.input;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfgoals.monitoring.SpendingEntry;
import org.perfgoals.project.Project;

/** Reads the amounts spent per sub-item (yuan, not negative), refusing unknown sub-items. */
public final class SpendingParser {

    private SpendingParser() {
    }

    public static Map<Long, BigDecimal> parse(Project project, List<SpendingEntry> entries, List<FieldError> errors) {
        Map<Long, BigDecimal> amounts = new HashMap<>();
        for (SpendingEntry entry : entries) {
            FieldRef field = FieldRef.spending(entry.budgetItemId(), FieldRef.SpendingField.AMOUNT);
            if (project.getBudgetItems().stream().noneMatch(item -> item.getId() == entry.budgetItemId())) {
                errors.add(new FieldError(field, "unknownBudgetItem", List.of(String.valueOf(entry.budgetItemId()))));
                continue;
            }
            InputLimits.checkLength(FieldRef.spending(entry.budgetItemId(), FieldRef.SpendingField.OVER_BUDGET_REASON),
                    entry.overBudgetReason(), InputLimits.TEXT, errors);
            if (entry.amount() == null || entry.amount().isBlank()) {
                amounts.put(entry.budgetItemId(), BigDecimal.ZERO);
                continue;
            }
            InputLimits.TypedNumber typed = InputLimits.amount(field, entry.amount());
            if (typed.error() != null) {
                errors.add(typed.error());
            } else {
                amounts.put(entry.budgetItemId(), typed.value());
            }
        }
        return amounts;
    }
}
