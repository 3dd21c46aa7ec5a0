package org.perfgoals.monitoring.domain.forecast;

/** How a forecast was made, which the entry card says beside it. */
public enum ForecastMethod {
    /** A running total extrapolated by time progress: 60 people by June → 120 by December. */
    TIME_PROGRESS,
    /** A per-period value carried on from the recent periods (the mean of the last two). */
    RECENT,
    /** Spending extrapolated by the share of last year's spending made by the same month. */
    LAST_YEAR_PATTERN,
    /** The year-end period itself: the value reported is the year's. */
    YEAR_END
}
