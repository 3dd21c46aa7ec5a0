package org.perfgoals.monitoring.sheet;

import static org.perfgoals.monitoring.input.InputLimits.asStored;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.SpendingEntry;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.ParsedEntry;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.perfgoals.monitoring.read.SpendingRecord;
import org.perfgoals.monitoring.store.ActualValue;
import org.perfgoals.monitoring.store.BudgetSpending;
import org.perfgoals.project.Project;

/**
 * Writes accepted input into the stored values of a period (creating those not stored yet), logging every field
 * that changes.
 */
public final class EntryWriter {

    private EntryWriter() {
    }

    /** The period's values of the parsed indicators, written: those already stored, and new ones. */
    public static List<ActualValue> writeActuals(Project project, Period period, Map<Long, ParsedEntry> parsed,
                                                 List<ActualValue> stored, ChangeLog log, String by, Instant at) {
        List<ActualValue> written = new ArrayList<>();
        parsed.forEach((indicatorId, entry) -> {
            ActualValue value = stored.stream()
                    .filter(a -> a.getIndicatorId() == indicatorId && a.getPeriod().equals(period)).findFirst()
                    .orElseGet(() -> new ActualValue(indicatorId, project.getId(), period));
            write(entry, value, log);
            value.touch(by, at);
            written.add(value);
        });
        return written;
    }

    /** The period's spending of the entered sub-items, written with the amounts read from them. */
    public static List<BudgetSpending> writeSpending(Project project, Period period, List<SpendingEntry> entries,
                                                     Map<Long, BigDecimal> amounts, List<BudgetSpending> stored,
                                                     ChangeLog log, String by, Instant at) {
        List<BudgetSpending> written = new ArrayList<>();
        for (SpendingEntry entry : entries) {
            BigDecimal amount = amounts.get(entry.budgetItemId());
            BudgetSpending spending = stored.stream()
                    .filter(s -> s.getBudgetItemId() == entry.budgetItemId() && s.getPeriod().equals(period))
                    .findFirst()
                    .orElseGet(() -> new BudgetSpending(entry.budgetItemId(), project.getId(), period));
            String reason = asStored(entry.overBudgetReason());
            log.record(ChangeSubject.BUDGET_ITEM, entry.budgetItemId(), "amount",
                    spending.getId() == null ? null : spending.getAmount(), amount);
            log.record(ChangeSubject.BUDGET_ITEM, entry.budgetItemId(), "overBudgetReason",
                    spending.getOverBudgetReason(), reason);
            spending.setAmount(amount);
            spending.setOverBudgetReason(reason);
            spending.touch(by, at);
            written.add(spending);
        }
        return written;
    }

    /** Writes one parsed entry into a stored (or draft) value. */
    public static void write(ParsedEntry parsed, ActualValue stored, ChangeLog log) {
        long id = stored.getIndicatorId();
        ChangeSubject subject = ChangeSubject.INDICATOR;
        ActualEntry entry = parsed.entry();
        log.record(subject, id, "value", stored.getNumericValue(), parsed.value());
        stored.setNumericValue(parsed.value());
        Map<String, BigDecimal> before = new LinkedHashMap<>(stored.getParts());
        before.keySet().forEach(label -> {
            if (!parsed.parts().containsKey(label)) {
                log.record(subject, id, "part:" + label, before.get(label), null);
            }
        });
        parsed.parts().forEach((label, value) -> log.record(subject, id, "part:" + label, before.get(label), value));
        stored.getParts().clear();
        stored.getParts().putAll(parsed.parts());
        log.record(subject, id, "assessment", stored.getAssessment(), parsed.assessment());
        stored.setAssessment(parsed.assessment());
        log.record(subject, id, "done", stored.getDone(), parsed.done());
        stored.setDone(parsed.done());
        log.record(subject, id, "doneOn", stored.getDoneOn(), parsed.doneOn());
        stored.setDoneOn(parsed.doneOn());
        log.record(subject, id, "deviationCause", stored.getDeviationCause(), entry.deviationCause());
        stored.setDeviationCause(entry.deviationCause());
        log.record(subject, id, "deviationText", stored.getDeviationText(), asStored(entry.deviationText()));
        stored.setDeviationText(asStored(entry.deviationText()));
        log.record(subject, id, "measures", stored.getMeasures(), asStored(entry.measures()));
        stored.setMeasures(asStored(entry.measures()));
        log.record(subject, id, "likelihood", stored.getLikelihood(), entry.likelihood());
        stored.setLikelihood(entry.likelihood());
        log.record(subject, id, "expectedFullYear", stored.getExpectedFullYear(),
                asStored(entry.expectedFullYear()));
        stored.setExpectedFullYear(asStored(entry.expectedFullYear()));
    }

    /**
     * Whether writing the parsed entry over what is stored for the period ({@code current}, null if nothing) would
     * change no field, by the same comparison as the history's ({@link ChangeLog}: 80 and 80.00 are equal, blank
     * texts are none): a row uploaded unchanged is not saved, so it adds no history.
     */
    public static boolean changesNothing(ParsedEntry parsed, @Nullable ActualRecord current) {
        ActualEntry entry = parsed.entry();
        Map<String, BigDecimal> stored = current == null ? Map.of() : current.parts();
        Set<String> labels = new HashSet<>(stored.keySet());
        labels.addAll(parsed.parts().keySet());
        return same(current == null ? null : current.numericValue(), parsed.value())
                && labels.stream().allMatch(label -> same(stored.get(label), parsed.parts().get(label)))
                && same(current == null ? null : current.assessment(), parsed.assessment())
                && same(current == null ? null : current.done(), parsed.done())
                && same(current == null ? null : current.doneOn(), parsed.doneOn())
                && same(current == null ? null : current.deviationCause(), entry.deviationCause())
                && same(current == null ? null : current.deviationText(), asStored(entry.deviationText()))
                && same(current == null ? null : current.measures(), asStored(entry.measures()))
                && same(current == null ? null : current.likelihood(), entry.likelihood())
                && same(current == null ? null : current.expectedFullYear(), asStored(entry.expectedFullYear()));
    }

    /** As {@link #changesNothing(ParsedEntry, ActualRecord)} for a sub-item's spending read as {@code amount}. */
    public static boolean changesNothing(@Nullable BigDecimal amount, @Nullable String overBudgetReason,
                                         @Nullable SpendingRecord current) {
        return same(current == null ? null : current.amount(), amount)
                && same(current == null ? null : current.overBudgetReason(), asStored(overBudgetReason));
    }

    private static boolean same(@Nullable Object stored, @Nullable Object written) {
        return Objects.equals(ChangeLog.text(stored), ChangeLog.text(written));
    }
}
