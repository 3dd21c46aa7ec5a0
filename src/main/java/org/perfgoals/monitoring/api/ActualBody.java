package org.perfgoals.monitoring.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perfgoals.base.api.JsonBody;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.FieldRef.ActualField;
import org.perfgoals.monitoring.input.MonitoringValidationException;

/**
 * Reads the body of {@code PUT /indicators/{id}/actuals/{year}/{quarter}} for an indicator of a given kind. The body
 * must carry the field of its kind ({@code value} for a quantitative or relative target, {@code parts} for a
 * compound one, {@code assessment} for a qualitative one, {@code done} for a deadline), sent as {@code null} to clear
 * it, and no field of another kind: a body that says nothing about the value never clears it by accident.
 */
final class ActualBody {

    static final List<String> FIELDS = List.of("value", "parts", "assessment", "done", "doneOn", "deviationCause",
            "deviationText", "measures", "likelihood", "expectedFullYear");
    /** The fields that hold the value itself; each kind takes its own (a deadline also its date). */
    private static final List<String> VALUE_FIELDS = List.of("value", "parts", "assessment", "done", "doneOn");

    private ActualBody() {
    }

    /**
     * @param kindName the indicator's kind as the caller reads it, named in the refusal of a missing field
     */
    static ActualEntry read(long indicatorId, Target target, byte[] raw, String kindName) {
        JsonBody body = JsonBody.parse(raw, FIELDS, name -> FieldRef.indicatorBodyField(indicatorId, name));
        List<String> taken = switch (target) {
            case Target.Quantitative q -> List.of("value");
            case Target.Relative r -> List.of("value");
            case Target.Compound c -> List.of("parts");
            case Target.Qualitative q -> List.of("assessment");
            case Target.Deadline d -> List.of("done", "doneOn");
        };
        body.require(taken.getFirst(), kindName);
        VALUE_FIELDS.stream().filter(field -> !taken.contains(field)).forEach(field -> body.forbid(field, kindName));
        return new ActualEntry(indicatorId, body.number("value"), parts(body.numbers("parts")),
                choice(indicatorId, Assessment.class, body, ActualField.ASSESSMENT), body.bool("done"),
                date(indicatorId, body, ActualField.DONE_ON), choice(indicatorId, DeviationCause.class, body,
                        ActualField.DEVIATION_CAUSE),
                body.text("deviationText"), body.text("measures"),
                choice(indicatorId, Likelihood.class, body, ActualField.LIKELIHOOD), body.number("expectedFullYear"));
    }

    /** Every field empty: clears the value and its explanation ({@code DELETE}). */
    static ActualEntry cleared(long indicatorId) {
        return new ActualEntry(indicatorId, null, Map.of(), null, null, null, null, null, null, null, null);
    }

    /** A part sent as null has no value; the parts not sent have none either. */
    private static Map<String, String> parts(Map<String, String> sent) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (sent != null) {
            sent.forEach((label, value) -> {
                if (value != null) {
                    parts.put(label, value);
                }
            });
        }
        return parts;
    }

    private static LocalDate date(long indicatorId, JsonBody body, ActualField field) {
        String written = body.text(field.jsonName());
        if (written == null) {
            return null;
        }
        try {
            return LocalDate.parse(written.strip());
        } catch (DateTimeParseException e) {
            throw new MonitoringValidationException(List.of(new FieldError(FieldRef.actual(indicatorId, field),
                    "dateInvalid", List.of(written))));
        }
    }

    private static <E extends Enum<E>> E choice(long indicatorId, Class<E> type, JsonBody body,
                                                ActualField field) {
        String written = body.text(field.jsonName());
        if (written == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, written.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MonitoringValidationException(List.of(new FieldError(FieldRef.actual(indicatorId, field),
                    "choiceInvalid", List.of(written, Arrays.toString(type.getEnumConstants())))));
        }
    }
}
