package org.perfgoals.monitoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.domain.ActualInput;
import org.perfgoals.monitoring.domain.Period;

/**
 * Reads what was typed for an indicator according to its kind of target, collecting a field error for every
 * refused input ("9a8", a negative count, a satisfaction of 250 %, a date outside the period …).
 */
final class EntryParser {

    private EntryParser() {
    }

    static ParsedEntry parse(Indicator indicator, ActualEntry entry, Period period, List<FieldError> errors) {
        long id = indicator.getId();
        Target target = indicator.getTarget();
        BigDecimal value = null;
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        switch (target) {
            case Target.Quantitative q -> value = number(entry.value(), q.unit(), indicator.getName(),
                    FieldError.indicator(id, "value"), errors);
            case Target.Relative r -> value = number(entry.value(), "", indicator.getName(),
                    FieldError.indicator(id, "value"), errors);
            case Target.Compound c -> {
                for (Target.Part part : c.parts()) {
                    BigDecimal partValue = number(entry.parts().get(part.label()), part.target().unit(),
                            part.label(), FieldError.indicator(id, "part:" + part.label()), errors);
                    if (partValue != null) {
                        parts.put(part.label(), partValue);
                    }
                }
                entry.parts().keySet().stream()
                        .filter(label -> c.parts().stream().noneMatch(part -> part.label().equals(label)))
                        .forEach(label -> errors.add(new FieldError(FieldError.indicator(id, "part:" + label),
                                "unknownPart", List.of(label))));
            }
            case Target.Qualitative q -> { }
            case Target.Deadline d -> {
                if (entry.doneOn() != null && (entry.doneOn().isBefore(period.start().withDayOfYear(1))
                        || entry.doneOn().isAfter(period.end()))) {
                    errors.add(new FieldError(FieldError.indicator(id, "doneOn"), "dateOutOfPeriod",
                            List.of(entry.doneOn().toString(), period.start().withDayOfYear(1).toString(),
                                    period.end().toString())));
                }
            }
        }
        InputLimits.checkLength(FieldError.indicator(id, "deviationText"), entry.deviationText(), InputLimits.TEXT,
                errors);
        InputLimits.checkLength(FieldError.indicator(id, "measures"), entry.measures(), InputLimits.TEXT, errors);
        InputLimits.checkLength(FieldError.indicator(id, "expectedFullYear"), entry.expectedFullYear(),
                InputLimits.EXPECTED_FULL_YEAR, errors);
        return new ParsedEntry(entry, value, parts, entry.assessment(), entry.done(),
                Boolean.TRUE.equals(entry.done()) ? entry.doneOn() : null);
    }

    private static BigDecimal number(String text, String unit, String name, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        ActualInput.ParsedNumber parsed = ActualInput.parse(text, unit, ActualInput.percentCanExceed100(name));
        if (parsed.error() != null) {
            errors.add(new FieldError(field, parsed.error(), List.of(text.strip(), unit == null ? "" : unit)));
            return null;
        }
        if (!InputLimits.fitsDecimals(parsed.value(), InputLimits.VALUE_DECIMALS)) {
            errors.add(new FieldError(field, InputLimits.TOO_PRECISE, List.of(text.strip(),
                    String.valueOf(InputLimits.VALUE_DECIMALS))));
            return null;
        }
        return parsed.value();
    }
}
