package org.perfgoals.monitoring.domain;

import java.util.Collection;
import java.util.Objects;

/**
 * The colour of a monitored row. Declared from the most to the least alarming, so that the worst of several
 * rows (a project's colour) is the one that most needs someone's attention.
 */
public enum Status {
    /** The target is missed or will be: someone must explain and act. */
    RED(5),
    /** Behind schedule or only partly met: a warning. */
    YELLOW(4),
    /**
     * Nothing entered. Ranked above the assessment and blue rows because data that is never entered is the
     * real failure mode of monitoring systems, but below yellow and red, which are known problems.
     */
    NO_DATA(3),
    /** Waiting for a person's judgement (a qualitative target, or a relative one without baseline). */
    NEEDS_ASSESSMENT(2),
    /** Far over the target: not a problem in itself, but the target was probably set too low. */
    BLUE(1),
    /** On track or met. */
    GREEN(0);

    private final int severity;

    Status(int severity) {
        this.severity = severity;
    }

    /** Higher is worse: RED 5, YELLOW 4, NO_DATA 3, NEEDS_ASSESSMENT 2, BLUE 1, GREEN 0. */
    public int severity() {
        return severity;
    }

    /**
     * The most severe of {@code statuses}. An empty collection has no data, and a null element is a row
     * never evaluated, which counts as {@link #NO_DATA}.
     */
    public static Status worst(Collection<Status> statuses) {
        Objects.requireNonNull(statuses, "statuses");
        Status worst = null;
        for (Status s : statuses) {
            Status status = s == null ? NO_DATA : s;
            if (worst == null || status.severity > worst.severity) {
                worst = status;
            }
        }
        return worst == null ? NO_DATA : worst;
    }
}
