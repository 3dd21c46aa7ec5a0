package org.perfgoals.monitoring.sheet;

import java.math.BigDecimal;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.domain.Actual;
import org.perfgoals.monitoring.read.ActualRecord;

/** Turns a reported value into what the evaluator judges. */
final class ActualMapping {

    private ActualMapping() {
    }

    /** The value to judge, or null when nothing usable was entered for this kind of target. */
    static Actual toActual(ActualRecord stored, Target target) {
        if (stored == null) {
            return null;
        }
        return switch (target) {
            case Target.Quantitative q -> number(stored.numericValue());
            case Target.Compound c -> stored.parts().isEmpty() ? null : new Actual.PartValues(stored.parts());
            case Target.Qualitative q -> stored.assessment() == null ? null : new Actual.Judged(stored.assessment());
            case Target.Relative r -> stored.assessment() != null ? new Actual.Judged(stored.assessment())
                    : number(stored.numericValue());
            case Target.Deadline d -> stored.done() == null ? null
                    : new Actual.DeadlineProgress(stored.done(), stored.doneOn());
        };
    }

    static Actual number(BigDecimal value) {
        return value == null ? null : new Actual.Numeric(value);
    }
}
