package org.perfgoals.monitoring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A budget year's reporting calendar: its four quarters, each due {@code defaultDays} after it ends unless an admin
 * set another day, and the extra rounds set for the year (periods ending inside a quarter, 1–7月). Plain rules over
 * what is stored; {@link #refusal} says why a day or a round cannot be set.
 */
public final class ReportingCalendar {

    /** A due day later than this after the period's end is a typing error, not a deadline. */
    public static final int MAX_DAYS_AFTER_END = 366;

    /** A day or round set for the year: the period's last month, its due day, and whether it is an extra round. */
    public record Entry(int endMonth, LocalDate due, boolean extra) {
    }

    private final int year;
    private final int defaultDays;
    private final Map<Integer, Entry> entries = new TreeMap<>();

    public ReportingCalendar(int year, int defaultDays, Collection<Entry> stored) {
        if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (defaultDays < 0 || defaultDays > MAX_DAYS_AFTER_END) {
            throw new IllegalArgumentException("defaultDays must be 0.." + MAX_DAYS_AFTER_END + ": " + defaultDays);
        }
        this.year = year;
        this.defaultDays = defaultDays;
        stored.forEach(entry -> entries.put(entry.endMonth(), entry));
    }

    public int year() {
        return year;
    }

    public int defaultDays() {
        return defaultDays;
    }

    /** Every round of the year in the order of their periods: the quarters and the extra rounds. */
    public List<ReportingRound> rounds() {
        List<ReportingRound> rounds = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            rounds.add(round(Period.quarter(year, quarter)));
        }
        entries.values().stream().filter(Entry::extra)
                .forEach(entry -> rounds.add(new ReportingRound(new Period(year, entry.endMonth()), entry.due(),
                        true, true)));
        rounds.sort(Comparator.comparingInt(round -> round.period().endMonth()));
        return rounds;
    }

    /** The round of a period of this year; a period that is no round of it is due as a quarter would be. */
    public ReportingRound round(Period period) {
        if (period.year() != year) {
            throw new IllegalArgumentException("period of " + period.year() + " in the calendar of " + year);
        }
        Entry entry = entries.get(period.endMonth());
        return entry == null ? new ReportingRound(period, defaultDue(period), false, false)
                : new ReportingRound(period, entry.due(), entry.extra(), true);
    }

    /** The rounds whose due day has passed on {@code today}. */
    public List<ReportingRound> overdueOn(LocalDate today) {
        return rounds().stream().filter(round -> round.overdueOn(today)).toList();
    }

    /** The next round due on or after {@code today}, if the year has one left. */
    public Optional<ReportingRound> nextDue(LocalDate today) {
        return rounds().stream().filter(round -> !round.overdueOn(today)).findFirst();
    }

    public LocalDate defaultDue(Period period) {
        return period.end().plusDays(defaultDays);
    }

    /**
     * Why {@code due} cannot be the due day of the period ending in {@code endMonth} (an extra round when
     * {@code extra}): the code of the refusal ({@code beforeEnd}, {@code tooLate}, {@code extraOnQuarter},
     * {@code roundExists}), or empty when it can.
     */
    public Optional<String> refusal(int endMonth, LocalDate due, boolean extra) {
        Period period = new Period(year, endMonth);
        if (extra && period.quarter().isPresent()) {
            return Optional.of("extraOnQuarter");
        }
        if (extra && entries.containsKey(endMonth)) {
            return Optional.of("roundExists");
        }
        if (due.isBefore(period.end())) {
            return Optional.of("beforeEnd");
        }
        if (due.isAfter(period.end().plusDays(MAX_DAYS_AFTER_END))) {
            return Optional.of("tooLate");
        }
        return Optional.empty();
    }
}
