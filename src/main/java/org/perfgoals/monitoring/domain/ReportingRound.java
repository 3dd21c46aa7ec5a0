package org.perfgoals.monitoring.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One round of a year's reporting calendar: the period reported (a quarter, or an extra round such as 1–7月) and the
 * day its report is due. {@code setByAdmin} says the day was set in the calendar rather than taken from the default
 * (so many days after the period ends).
 */
public record ReportingRound(Period period, LocalDate due, boolean extra, boolean setByAdmin) {

    public ReportingRound {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(due, "due");
    }

    /** The due day has passed: a report not submitted by then is overdue. The due day itself is still in time. */
    public boolean overdueOn(LocalDate today) {
        return today.isAfter(due);
    }

    /** Days from {@code today} to the due day: 0 on the day, negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }
}
