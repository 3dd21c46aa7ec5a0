package org.perfgoals.monitoring;

import org.perfgoals.monitoring.store.BudgetSpending;
import org.perfgoals.monitoring.read.ChangeSubject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfgoals.monitoring.domain.ActualInput;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.project.Project;

/** Reads the amounts spent per sub-item (yuan, not negative) and writes them with their history. */
final class SpendingParser {

    private SpendingParser() {
    }

    static Map<Long, BigDecimal> parse(Project project, List<SpendingEntry> entries, List<FieldError> errors) {
        Map<Long, BigDecimal> amounts = new HashMap<>();
        for (SpendingEntry entry : entries) {
            String field = FieldError.budget(entry.budgetItemId(), "amount");
            if (project.getBudgetItems().stream().noneMatch(item -> item.getId() == entry.budgetItemId())) {
                errors.add(new FieldError(field, "unknownBudgetItem", List.of(String.valueOf(entry.budgetItemId()))));
                continue;
            }
            InputLimits.checkLength(FieldError.budget(entry.budgetItemId(), "overBudgetReason"),
                    entry.overBudgetReason(), InputLimits.TEXT, errors);
            if (entry.amount() == null || entry.amount().isBlank()) {
                amounts.put(entry.budgetItemId(), BigDecimal.ZERO);
                continue;
            }
            ActualInput.ParsedNumber parsed = ActualInput.parse(entry.amount(), "元", true);
            if (parsed.error() != null) {
                errors.add(new FieldError(field, parsed.error(), List.of(entry.amount().strip(), "元")));
            } else if (!InputLimits.fitsDecimals(parsed.value(), InputLimits.AMOUNT_DECIMALS)) {
                errors.add(new FieldError(field, InputLimits.TOO_PRECISE, List.of(entry.amount().strip(),
                        String.valueOf(InputLimits.AMOUNT_DECIMALS))));
            } else {
                amounts.put(entry.budgetItemId(), parsed.value());
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
