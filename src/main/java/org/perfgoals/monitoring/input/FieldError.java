package org.perfgoals.monitoring.input;

import java.util.List;
import org.perfgoals.base.api.JsonBody;
import org.perfgoals.monitoring.domain.scoring.Level1PointsCheck;

/**
 * A refused input: {@code field} says which ({@link FieldRef}), {@code code} is the i18n key suffix of the message
 * ({@code monitoring.error.<code>}), {@code args} fill it.
 *
 * <p>Args, and the field's name on the wire, are cut to a short prefix: what was sent (a part's label, a 一级) may
 * be megabytes long, and an error names it, it does not echo it.
 */
public record FieldError(FieldRef field, String code, List<String> args) {

    public FieldError {
        args = args.stream().map(JsonBody::prefix).toList();
    }

    /** A refused point of the weights: the points of its 一级, or the points together when it names none. */
    public static FieldError of(Level1PointsCheck.Problem problem) {
        return new FieldError(problem.level1() == null ? FieldRef.Weighting.POINTS
                : new FieldRef.Level1Points(problem.level1()), problem.code(), problem.args());
    }

    /** The field's name as the REST API sends it ({@code indicator:12.value} …), cut to a short prefix. */
    public String path() {
        return JsonBody.prefix(field.path());
    }
}
