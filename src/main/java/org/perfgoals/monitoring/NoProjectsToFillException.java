package org.perfgoals.monitoring;

/** A unit's template was asked for, but the unit has no project of the year that the caller may read (404). */
public class NoProjectsToFillException extends RuntimeException {

    private final String unit;
    private final int year;

    public NoProjectsToFillException(String unit, int year) {
        super("No projects of " + unit + " in " + year);
        this.unit = unit;
        this.year = year;
    }

    public String getUnit() { return unit; }
    public int getYear() { return year; }
}
