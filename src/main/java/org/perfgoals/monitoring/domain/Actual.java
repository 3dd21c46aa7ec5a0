package org.perfgoals.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.perfgoals.indicator.domain.Target;

/** What was reported for an indicator in a period; which variant fits depends on the target's kind. */
public sealed interface Actual {

    /** A value in the target's canonical unit (so far in the year for a cumulative indicator). */
    record Numeric(BigDecimal value) implements Actual {
        public Numeric {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One value per part label of a compound target (响应时间 → 25, 故障处理时间 → 170). A part without a value
     * is simply absent; values are kept in the order given.
     */
    record PartValues(Map<String, BigDecimal> values) implements Actual {
        public PartValues {
            Objects.requireNonNull(values, "values");
            values.forEach((label, value) -> {
                Objects.requireNonNull(label, "part label");
                Objects.requireNonNull(value, "value of part " + label);
            });
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** One value for every part of a range (3-5个): the number reported is judged against both bounds. */
        public static PartValues sameForEveryPart(Target.Compound range, BigDecimal value) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            range.parts().forEach(part -> values.put(part.label(), value));
            return new PartValues(values);
        }
    }

    /** A person's judgement: for a qualitative target, or for a relative one judged without numbers. */
    record Judged(Assessment assessment) implements Actual {
        public Judged {
            Objects.requireNonNull(assessment, "assessment");
        }
    }

    /**
     * Whether a deadline's work is done and when. A finished task always has its date (it decides between on
     * time and late); an unfinished one never has one.
     */
    record DeadlineProgress(boolean done, LocalDate doneOn) implements Actual {
        public DeadlineProgress {
            if (done && doneOn == null) {
                throw new IllegalArgumentException("a finished task needs the date it was done");
            }
            if (!done && doneOn != null) {
                throw new IllegalArgumentException("an unfinished task has no completion date");
            }
        }

        public static DeadlineProgress doneOn(LocalDate date) {
            return new DeadlineProgress(true, date);
        }

        public static DeadlineProgress notDone() {
            return new DeadlineProgress(false, null);
        }
    }
}
