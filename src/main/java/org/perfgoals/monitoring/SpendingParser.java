package org.perfgoals.monitoring;

import org.perfgoals.monitoring.store.BudgetSpending;
import org.perfgoals.monitoring.read.ChangeSubject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.project.Project;

/** Reads the amounts spent per sub-item (yuan, not negative) and writes them with their history. */
final class SpendingParser {

    private SpendingParser() {
    }

    static Map<Long, BigDecimal> parse(Project project, List<SpendingEntry> entries, List<FieldError> errors) {
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

    static List<BudgetSpending> write(Project project, Period period, List<SpendingEntry> entries,
                                      Map<Long, BigDecimal> amounts, List<BudgetSpending> stored, ChangeLog log,
                                      String by, Instant at) {
        List<BudgetSpending> written = new ArrayList<>();
        for (SpendingEntry entry : entries) {
            BigDecimal amount = amounts.get(entry.budgetItemId());
            BudgetSpending spending = stored.stream()
                    .filter(s -> s.getBudgetItemId() == entry.budgetItemId() && s.getPeriod().equals(period))
                    .findFirst()
                    .orElseGet(() -> new BudgetSpending(entry.budgetItemId(), project.getId(), period));
            log.record(ChangeSubject.BUDGET_ITEM, entry.budgetItemId(), "amount",
                    spending.getId() == null ? null : spending.getAmount(), amount);
            log.record(ChangeSubject.BUDGET_ITEM, entry.budgetItemId(), "overBudgetReason",
                    spending.getOverBudgetReason(), EntryWriter.blankToNull(entry.overBudgetReason()));
            spending.setAmount(amount);
            spending.setOverBudgetReason(EntryWriter.blankToNull(entry.overBudgetReason()));
            spending.touch(by, at);
            written.add(spending);
        }
        return written;
    }
}
