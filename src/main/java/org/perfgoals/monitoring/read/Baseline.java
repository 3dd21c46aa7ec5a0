package org.perfgoals.monitoring.read;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Last year's value a relative target (较上一年度有提升) is judged against, and where it comes from: entered by the
 * unit's manager, or read from last year's project of the same unit and name (its indicator of the same name,
 * latest value of that year).
 *
 * @param value    the value
 * @param fromYear the year of the project it was read from; null when a manager entered it
 * @param month    the last month of the period it was read from; 0 when entered
 */
public record Baseline(BigDecimal value, Integer fromYear, int month) {

    public Baseline {
        Objects.requireNonNull(value, "value");
    }

    public static Baseline entered(BigDecimal value) {
        return new Baseline(value, null, 0);
    }

    public boolean fromLastYear() {
        return fromYear != null;
    }
}
