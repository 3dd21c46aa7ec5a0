package org.perfgoals.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.ReportingCalendar;
import org.perfgoals.monitoring.domain.ReportingRound;
import org.perfgoals.monitoring.store.ReportingDeadline;
import org.perfgoals.monitoring.store.ReportingDeadlineRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting calendar as everyone reads it: a year's rounds and their due days (the entry view's header, the
 * overview), and every round overdue on a day across the years projects are declared for (the overdue check).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReportingCalendarService {

    private final ReportingDeadlineRepository deadlines;
    private final MonitoringProperties properties;
    private final JdbcClient jdbc;

    ReportingCalendarService(ReportingDeadlineRepository deadlines, MonitoringProperties properties,
                             JdbcClient jdbc) {
        this.deadlines = deadlines;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    public ReportingCalendar calendar(int year) {
        return calendars(List.of(year)).get(year);
    }

    /** The round of a period: its due day, and whether an admin set it. */
    public ReportingRound round(Period period) {
        return calendar(period.year()).round(period);
    }

    /** The years a calendar is kept for: those with projects, and the year of {@code today} and the next. */
    public List<Integer> years(LocalDate today) {
        SortedSet<Integer> years = new TreeSet<>(projectYears());
        years.add(today.getYear());
        years.add(today.getYear() + 1);
        return List.copyOf(years);
    }

    /** The rounds of every year that has projects whose due day has passed on {@code today}, in one query each. */
    public List<ReportingRound> overdueRounds(LocalDate today) {
        List<ReportingRound> overdue = new ArrayList<>();
        calendars(projectYears()).values().forEach(calendar -> overdue.addAll(calendar.overdueOn(today)));
        return overdue;
    }

    private List<Integer> projectYears() {
        return jdbc.sql("select distinct project_year from project").query(Integer.class).list();
    }

    private Map<Integer, ReportingCalendar> calendars(Collection<Integer> years) {
        Map<Integer, List<ReportingCalendar.Entry>> byYear = new TreeMap<>();
        years.forEach(year -> byYear.put(year, new ArrayList<>()));
        if (!years.isEmpty()) {
            for (ReportingDeadline deadline : deadlines.findByYearIn(years)) {
                byYear.get(deadline.getYear()).add(deadline.entry());
            }
        }
        Map<Integer, ReportingCalendar> calendars = new TreeMap<>();
        byYear.forEach((year, entries) -> calendars.put(year,
                new ReportingCalendar(year, properties.overdueDays(), entries)));
        return calendars;
    }
}
