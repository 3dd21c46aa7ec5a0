package org.perfgoals.monitoring;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetWording;
import org.perfgoals.monitoring.domain.Actual;

/** Turns a stored value into what the evaluator judges, and into plain text for alerts and history. */
final class ActualMapping {

    private ActualMapping() {
    }

    /** The value to judge, or null when nothing usable was entered for this kind of target. */
    static Actual toActual(ActualValue stored, Target target) {
        if (stored == null) {
            return null;
        }
        return switch (target) {
            case Target.Quantitative q -> number(stored.getNumericValue());
            case Target.Compound c -> stored.getParts().isEmpty() ? null
                    : new Actual.PartValues(stored.getParts());
            case Target.Qualitative q -> stored.getAssessment() == null ? null
                    : new Actual.Judged(stored.getAssessment());
            case Target.Relative r -> stored.getAssessment() != null ? new Actual.Judged(stored.getAssessment())
                    : number(stored.getNumericValue());
            case Target.Deadline d -> stored.getDone() == null ? null
                    : new Actual.DeadlineProgress(stored.getDone(), stored.getDoneOn());
        };
    }

    static Actual number(BigDecimal value) {
        return value == null ? null : new Actual.Numeric(value);
    }

    /** "76.5 %", "响应时间 20 分钟；故障处理时间 200 分钟", "PARTLY_MET", "done 2019-06-30"; empty when nothing. */
    static String text(ActualValue stored, Target target) {
        if (stored == null) {
            return "";
        }
        return switch (target) {
            case Target.Quantitative q -> withUnit(stored.getNumericValue(), q.unit());
            case Target.Compound c -> c.parts().stream()
                    .filter(part -> stored.getParts().containsKey(part.label()))
                    .map(part -> part.label() + " " + withUnit(stored.getParts().get(part.label()),
                            part.target().unit()))
                    .collect(Collectors.joining("；"));
            case Target.Qualitative q -> stored.getAssessment() == null ? "" : stored.getAssessment().name();
            case Target.Relative r -> stored.getAssessment() != null ? stored.getAssessment().name()
                    : withUnit(stored.getNumericValue(), "");
            case Target.Deadline d -> stored.getDone() == null ? ""
                    : (stored.getDone() ? "DONE " + (stored.getDoneOn() == null ? "" : stored.getDoneOn())
                            : "NOT_DONE");
        };
    }

    static String withUnit(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        String number = TargetWording.number(value);
        return unit == null || unit.isEmpty() ? number : number + " " + unit;
    }
}
