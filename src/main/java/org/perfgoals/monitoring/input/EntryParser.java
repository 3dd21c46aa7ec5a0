package org.perfgoals.monitoring.input;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.domain.ActualInput;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.FieldRef.ActualField;

/**
 * Reads what was typed for an indicator according to its kind of target, collecting a field error for every
 * refused input ("9a8", a negative count, a satisfaction of 250 %, a date outside the period …).
 */
public final class EntryParser {

    private EntryParser() {
    }

    public static ParsedEntry parse(Indicator indicator, ActualEntry entry, Period period, List<FieldError> errors) {
        long id = indicator.getId();
        Target target = indicator.getTarget();
        BigDecimal value = null;
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        switch (target) {
            case Target.Quantitative q -> value = number(entry.value(), q.unit(), indicator.getName(),
                    FieldRef.actual(id, ActualField.VALUE), errors);
            case Target.Relative r -> value = number(entry.value(), "", indicator.getName(),
                    FieldRef.actual(id, ActualField.VALUE), errors);
            case Target.Compound c -> {
                for (Target.Part part : c.parts()) {
                    BigDecimal partValue = number(entry.parts().get(part.label()), part.target().unit(),
                            part.label(), FieldRef.part(id, part.label()), errors);
                    if (partValue != null) {
                        parts.put(part.label(), partValue);
                    }
                }
                entry.parts().keySet().stream()
                        .filter(label -> c.parts().stream().noneMatch(part -> part.label().equals(label)))
                        .forEach(label -> errors.add(new FieldError(FieldRef.part(id, label),
                                "unknownPart", List.of(label))));
            }
            case Target.Qualitative q -> { }
            case Target.Deadline d -> {
                if (entry.doneOn() != null && (entry.doneOn().isBefore(period.start().withDayOfYear(1))
                        || entry.doneOn().isAfter(period.end()))) {
                    errors.add(new FieldError(FieldRef.actual(id, ActualField.DONE_ON), "dateOutOfPeriod",
                            List.of(entry.doneOn().toString(), period.start().withDayOfYear(1).toString(),
                                    period.end().toString())));
                }
            }
        }
        InputLimits.checkLength(FieldRef.actual(id, ActualField.DEVIATION_TEXT), entry.deviationText(),
                InputLimits.TEXT, errors);
        InputLimits.checkLength(FieldRef.actual(id, ActualField.MEASURES), entry.measures(), InputLimits.TEXT,
                errors);
        InputLimits.checkLength(FieldRef.actual(id, ActualField.EXPECTED_FULL_YEAR), entry.expectedFullYear(),
                InputLimits.EXPECTED_FULL_YEAR, errors);
        return new ParsedEntry(entry, value, parts, entry.assessment(), entry.done(),
                Boolean.TRUE.equals(entry.done()) ? entry.doneOn() : null);
    }

    private static BigDecimal number(String text, String measureUnit, String name, FieldRef field,
                                     List<FieldError> errors) {
        InputLimits.TypedNumber typed = InputLimits.number(field, text, measureUnit,
                ActualInput.percentCanExceed100(name), InputLimits.VALUE_DECIMALS);
        if (typed.error() != null) {
            errors.add(typed.error());
        }
        return typed.value();
    }
}
