package org.perfgoals.dashboard;

import org.perfgoals.monitoring.domain.Status;

/** What the overview shows: a year and quarter, optionally one unit and one status. */
public record OverviewFilter(int year, int quarter, String unit, Status status) {

    public OverviewFilter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
        }
        unit = unit == null || unit.isBlank() ? null : unit;
    }

    public int month() {
        return quarter * 3;
    }
}
