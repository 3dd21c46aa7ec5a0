package org.perfgoals.monitoring;

import java.util.List;

/**
 * A refused input: {@code field} names it ({@code indicator:12.value}, {@code indicator:12.part:响应时间},
 * {@code indicator:12.measures}, {@code budget:5.amount}, {@code executionReason}), {@code code} is the i18n key suffix
 * of the message ({@code monitoring.error.<code>}), {@code args} fill it.
 */
public record FieldError(String field, String code, List<String> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static String indicator(long id, String what) {
        return "indicator:" + id + "." + what;
    }

    public static String budget(long id, String what) {
        return "budget:" + id + "." + what;
    }
}
