package org.perfgoals.monitoring.input;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.perfgoals.monitoring.domain.ActualInput;

/**
 * The sizes the schema gives monitoring input (V2: varchar and numeric columns), checked where input enters so that
 * a too long text or a too precise number is a field error naming the limit, not a database failure.
 */
public final class InputLimits {

    /** deviation_text, measures, over_budget_reason, execution_reason, review_comment, alert_event.comment. */
    public static final int TEXT = 4000;
    /** actual_value.expected_full_year. */
    public static final int EXPECTED_FULL_YEAR = 200;
    /** actual_value.numeric_value and actual_part_value.part_value: numeric(24, 6). */
    public static final int VALUE_DECIMALS = 6;
    /** budget_execution.amount: numeric(18, 2). */
    public static final int AMOUNT_DECIMALS = 2;

    public static final String TEXT_TOO_LONG = "text.tooLong";
    public static final String TOO_PRECISE = "actual.tooPrecise";

    private InputLimits() {
    }

    /** Adds an error when the text, as it will be stored (stripped), is longer than {@code max} characters. */
    public static void checkLength(FieldRef field, @Nullable String text, int max, List<FieldError> errors) {
        tooLong(field, text, max).ifPresent(errors::add);
    }

    /**
     * The refusal of a text longer, as it will be stored (stripped), than {@code max} characters. The entry view
     * validates with it as the service does, so both say the same.
     */
    public static Optional<FieldError> tooLong(FieldRef field, @Nullable String text, int max) {
        String stored = asStored(text);
        return stored != null && stored.length() > max
                ? Optional.of(new FieldError(field, TEXT_TOO_LONG, List.of(String.valueOf(max),
                        String.valueOf(stored.length()))))
                : Optional.empty();
    }

    /**
     * A typed number read by {@link ActualInput} and checked against the column's decimals: exactly one of
     * {@code value} and {@code error} is set, neither when nothing was typed.
     */
    public record TypedNumber(BigDecimal value, FieldError error) {
    }

    /**
     * Reads what was typed into {@code field} as a value in {@code measureUnit} with at most {@code decimals} decimals.
     * The service and the entry view's binder read with it, so they refuse the same inputs with the same message.
     */
    public static TypedNumber number(FieldRef field, String text, String measureUnit, boolean percentCanExceed100,
                                     int decimals) {
        if (text == null || text.isBlank()) {
            return new TypedNumber(null, null);
        }
        ActualInput.ParsedNumber parsed = ActualInput.parse(text, measureUnit, percentCanExceed100);
        if (parsed.error() != null) {
            return new TypedNumber(null, new FieldError(field, parsed.error(), List.of(text.strip(),
                    measureUnit == null ? "" : measureUnit)));
        }
        if (!fitsDecimals(parsed.value(), decimals)) {
            return new TypedNumber(null, new FieldError(field, TOO_PRECISE, List.of(text.strip(),
                    String.valueOf(decimals))));
        }
        return new TypedNumber(parsed.value(), null);
    }

    /** An amount spent as typed, in 元 with the column's decimals (blank: nothing typed). */
    public static TypedNumber amount(FieldRef field, String typed) {
        return number(field, typed, "元", true, AMOUNT_DECIMALS);
    }

    /** A text as it is stored: stripped, and null when nothing but blanks was typed. */
    public static @Nullable String asStored(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether the value fits the column's decimals (98.5 does, 0.1234567 does not fit six). */
    static boolean fitsDecimals(BigDecimal value, int decimals) {
        return value.stripTrailingZeros().scale() <= decimals;
    }
}
