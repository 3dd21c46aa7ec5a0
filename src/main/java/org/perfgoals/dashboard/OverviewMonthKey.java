package org.perfgoals.dashboard;

/**
 * The primary key of {@code overview_month} (Flyway V16): one number that orders the rows by year, then project,
 * then month, so that all rows of a year, which every overview over all units reads, are one range of the table.
 * Project ids stay below {@link #PROJECTS} (identity values), so the years' ranges never meet.
 */
final class OverviewMonthKey {

    static final long PROJECTS = 10_000_000_000L;
    private static final long MONTHS = 100;

    private OverviewMonthKey() {
    }

    /** The key computed in SQL from the given column expressions. */
    static String sql(String year, String project, String month) {
        return "(" + year + " * " + PROJECTS + " + " + project + ") * " + MONTHS + " + " + month;
    }

    /** The smallest key of a year's rows. */
    static long first(int year) {
        return year * PROJECTS * MONTHS;
    }

    /** The largest key of a year's rows. */
    static long last(int year) {
        return first(year + 1) - 1;
    }
}
