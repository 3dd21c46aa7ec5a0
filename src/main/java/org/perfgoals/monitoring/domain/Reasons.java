package org.perfgoals.monitoring.domain;

/**
 * The stable reason codes of {@link Evaluation#reason()}, sent as {@code reason} in the monitoring JSON of the
 * REST API. Other systems read them: add codes, never rename them.
 */
public final class Reasons {

    /** The comparator holds (per period, or in full at year end). */
    public static final String MET = "met";
    /** The comparator does not hold (per period, or in full at year end). */
    public static final String MISSED = "missed";
    /** A cumulative value keeps pace with the pro-rated target (green band). */
    public static final String ON_TRACK = "onTrack";
    /** A cumulative value lags the pro-rated target (yellow or red band). */
    public static final String BEHIND_SCHEDULE = "behindSchedule";
    /** The value is at or beyond the blue ratio: the target was probably set too low. */
    public static final String FAR_AHEAD = "farAhead";
    /** A cumulative value exceeds its pro-rated ceiling (a cost or count limit used up too fast). */
    public static final String OVER_PACE = "overPace";
    /** An approximate (左右) target: within the tolerance. */
    public static final String WITHIN_TOLERANCE = "withinTolerance";
    /** An approximate target: outside the tolerance (below it, or either side per period). */
    public static final String OUTSIDE_TOLERANCE = "outsideTolerance";
    /** An approximate cumulative target at year end: above the tolerance band. */
    public static final String ABOVE_TOLERANCE = "aboveTolerance";
    /** The reporter says the target cannot be reached (完全不可能). */
    public static final String IMPOSSIBLE = "impossible";
    /** Nothing entered for the period. */
    public static final String NO_DATA = "noData";
    /** A person has not yet judged the row. */
    public static final String NOT_ASSESSED = "notAssessed";
    /** A relative target has a value but nothing to compare it with. */
    public static final String NO_BASELINE = "noBaseline";
    /** A relative target moved in the good direction. */
    public static final String IMPROVED = "improved";
    /** A relative target moved the right way, but less than its wording asks (比上年提高10%). */
    public static final String IMPROVED_TOO_LITTLE = "improvedTooLittle";
    /** A relative target stayed where it was. */
    public static final String UNCHANGED = "unchanged";
    /** A relative target moved in the bad direction. */
    public static final String WORSENED = "worsened";
    /** A deadline passed before the period's end and the work is not done. */
    public static final String DEADLINE_PASSED = "deadlinePassed";
    /** A deadline falls due before the next quarterly report and the work is not done yet. */
    public static final String DEADLINE_DUE = "deadlineDue";
    /** A deadline lies further ahead. */
    public static final String DEADLINE_PENDING = "deadlinePending";
    public static final String DONE_ON_TIME = "doneOnTime";
    public static final String DONE_LATE = "doneLate";
    /** A target of 0, judged without dividing by it. */
    public static final String ZERO_TARGET = "zeroTarget";
    /** A part of a compound target is missed. */
    public static final String PART_MISSED = "partMissed";
    /** A part of a compound target has no value and no other part is missed. */
    public static final String PART_MISSING = "partMissing";
    /** The kind of value entered does not fit the target (a number for a compound target, …). */
    public static final String ACTUAL_MISMATCH = "actualMismatch";
    public static final String ASSESSED_MET = "assessedMet";
    public static final String ASSESSED_PARTLY_MET = "assessedPartlyMet";
    public static final String ASSESSED_NOT_MET = "assessedNotMet";
    /** More spent than budgeted (or anything spent against a budget of 0). */
    public static final String OVER_BUDGET = "overBudget";
    /** No budget (null or 0) and nothing spent: nothing to execute. */
    public static final String NO_BUDGET = "noBudget";
    /** Year end, execution within the colour bands but under the floor: a written reason is needed. */
    public static final String BELOW_YEAR_END_FLOOR = "belowYearEndFloor";

    private Reasons() {
    }
}
