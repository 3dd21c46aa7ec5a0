package org.perfgoals.monitoring;

import java.util.List;
import org.perfgoals.base.api.JsonBody;

/**
 * A refused input: {@code field} names it ({@code indicator:12.value}, {@code indicator:12.part:响应时间},
 * {@code indicator:12.measures}, {@code budget:5.amount}, {@code executionReason}), {@code code} is the i18n key suffix
 * of the message ({@code monitoring.error.<code>}), {@code args} fill it.
 *
 * <p>Field and args are cut to a short prefix: what was sent may be megabytes long, and an error names it, it does
 * not echo it.
 */
public record FieldError(String field, String code, List<String> args) {

    public FieldError {
        field = JsonBody.prefix(field);
        args = args.stream().map(JsonBody::prefix).toList();
    }

    public static String indicator(long id, String what) {
        return "indicator:" + id + "." + what;
    }

    public static String budget(long id, String what) {
        return "budget:" + id + "." + what;
    }
}
