package org.perfgoals.monitoring;

import java.math.BigDecimal;
import java.util.List;

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
    static void checkLength(String field, String text, int max, List<FieldError> errors) {
        String stored = EntryWriter.blankToNull(text);
        if (stored != null && stored.length() > max) {
            errors.add(new FieldError(field, TEXT_TOO_LONG, List.of(String.valueOf(max),
                    String.valueOf(stored.length()))));
        }
    }

    /** Whether the value fits the column's decimals (98.5 does, 0.1234567 does not fit six). */
    static boolean fitsDecimals(BigDecimal value, int decimals) {
        return value.stripTrailingZeros().scale() <= decimals;
    }
}
