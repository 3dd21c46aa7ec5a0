package org.perfgoals.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A reporting period: January to {@code endMonth} of {@code year}. Monitoring reports what has happened so far
 * in the budget year (national rules summarise January–July, local practice 1–6, 1–8 months or quarters), so a
 * period always starts in January; only its end varies. Quarters are the periods ending in March, June,
 * September and December.
 */
public record Period(int year, int endMonth) {

    /** A budget year outside this range is a typing error, not a year anyone monitors. */
    public static final int MIN_YEAR = 1990;
    public static final int MAX_YEAR = 2100;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    public Period {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range " + MIN_YEAR + ".." + MAX_YEAR + ": " + year);
        }
        if (endMonth < 1 || endMonth > 12) {
            throw new IllegalArgumentException("endMonth must be 1..12: " + endMonth);
        }
    }

    /** The period ending with quarter {@code quarter} (1–4) of {@code year}: Q2 covers January–June. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
        }
        return new Period(year, quarter * 3);
    }

    /** The quarter this period ends with, absent for a period ending inside a quarter (1–7月). */
    public OptionalInt quarter() {
        return endMonth % 3 == 0 ? OptionalInt.of(endMonth / 3) : OptionalInt.empty();
    }

    /**
     * Time progress (序时进度): the elapsed share of the year in percent, two decimals, HALF_UP
     * (Q1 25.00, Q2 50.00, Q3 75.00, Q4 100.00; January 8.33, July 58.33). Never zero.
     */
    public BigDecimal timeProgress() {
        return BigDecimal.valueOf(endMonth).multiply(HUNDRED).divide(TWELVE, 2, RoundingMode.HALF_UP);
    }

    /** The period closing the budget year: targets must now be met in full, not pro-rated. */
    public boolean isYearEnd() {
        return endMonth == 12;
    }

    public LocalDate start() {
        return LocalDate.of(year, 1, 1);
    }

    /** The last day of {@code endMonth}: the moment the report describes. */
    public LocalDate end() {
        return YearMonth.of(year, endMonth).atEndOfMonth();
    }

    /**
     * The latest quarter ending strictly before this period, within the same year: Q3 for Q4, Q2 for 1–7月.
     * Empty for a period ending in January–March, because periods accumulate from January: the year before
     * belongs to another budget year, and nothing of this year has been reported before March.
     */
    public Optional<Period> previousQuarter() {
        int previousEnd = (endMonth - 1) / 3 * 3;
        return previousEnd == 0 ? Optional.empty() : Optional.of(new Period(year, previousEnd));
    }
}
