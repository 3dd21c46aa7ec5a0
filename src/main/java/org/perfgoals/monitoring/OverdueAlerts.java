package org.perfgoals.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The overdue check over all projects in a few statements, whatever their number (docs/decisions/0022): which
 * quarters of each project's year are overdue (ended more than the configured days before today, not submitted or
 * approved), DATA_OVERDUE opened for those without an active one, with its RAISED event, and closed
 * (AUTO_RESOLVED, as {@code AlertService.resolveAutomatically} does) for those submitted meanwhile. The alert rows are
 * written here in SQL rather than entity by entity; the alert package reads them back like any other.
 */
@Component
class OverdueAlerts {

    /** The four quarters of a project's year, by their last month. */
    private static final String QUARTERS =
            "(select 3 as m union all select 6 union all select 9 union all select 12) q";
    /** The quarter has ended long enough ago: its year is at most the last overdue year of its month. */
    private static final String PAST = past("q.m", "p.project_year");
    private static final String SUBMITTED = "exists (select 1 from period_report r where r.project_id = p.id"
            + " and r.period_year = p.project_year and r.period_month = q.m and r.state in ('SUBMITTED', 'APPROVED'))";
    private static final String ACTIVE = "exists (select 1 from alert a where a.alert_type = 'DATA_OVERDUE'"
            + " and a.project_id = p.id and a.period_year = p.project_year and a.period_month = q.m"
            + " and a.indicator_id is null and a.subject_name is null and a.status <> 'RESOLVED')";
    /** The period's last day as {@code Period.end()} writes it, {@code 2019-09-30}. */
    private static final String END = "cast(p.project_year as varchar(4)) || case q.m when 3 then '-03-31'"
            + " when 6 then '-06-30' when 9 then '-09-30' else '-12-31' end";

    private final JdbcClient jdbc;

    OverdueAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens what is overdue, closes what was submitted, and returns the number of overdue periods. */
    int sync(LocalDate today, int overdueDays, String actor, Instant at) {
        Map<String, Object> cutoff = cutoff(today, overdueDays);
        // Both drivers bind an OffsetDateTime (PostgreSQL's cannot bind an Instant); microseconds, as both store.
        OffsetDateTime now = at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        jdbc.sql("insert into alert (version, alert_type, status, project_id, project_name, department,"
                        + " indicator_id, subject_name, period_year, period_month, target_text, actual_text, raised_at,"
                        + " updated_at, demo) select 0, 'DATA_OVERDUE', 'OPEN', p.id, p.name, p.department, null,"
                        + " null, p.project_year, q.m, " + END + ", '', :now, :now, false from project p cross join "
                        + QUARTERS + " where " + PAST + " and not " + SUBMITTED + " and not " + ACTIVE)
                .params(cutoff).param("now", now).update();
        jdbc.sql("insert into alert_event (alert_id, sort_order, action, actor, happened_at, comment)"
                        + " select a.id, 0, 'RAISED', :actor, :now, null from alert a"
                        + " where a.alert_type = 'DATA_OVERDUE' and a.raised_at = :now"
                        + " and not exists (select 1 from alert_event e where e.alert_id = a.id)")
                .param("actor", actor).param("now", now).update();
        // Active alerts whose quarter was submitted meanwhile, read from the alert row itself (one index lookup).
        String submittedActive = " from alert a where a.alert_type = 'DATA_OVERDUE' and a.indicator_id is null"
                + " and a.subject_name is null and a.status <> 'RESOLVED'"
                + " and " + past("a.period_month", "a.period_year")
                + " and exists (select 1 from period_report r where r.project_id = a.project_id"
                + " and r.period_year = a.period_year and r.period_month = a.period_month"
                + " and r.state in ('SUBMITTED', 'APPROVED'))";
        jdbc.sql("insert into alert_event (alert_id, sort_order, action, actor, happened_at, comment)"
                        + " select a.id, (select max(e.sort_order) + 1 from alert_event e where e.alert_id = a.id),"
                        + " 'AUTO_RESOLVED', 'system', :now, 'GREEN'" + submittedActive)
                .params(cutoff).param("now", now).update();
        jdbc.sql("update alert a set status = 'RESOLVED', updated_at = :now, version = version + 1"
                        + submittedActive.substring(" from alert a".length()))
                .params(cutoff).param("now", now).update();
        return jdbc.sql("select count(*) from project p cross join " + QUARTERS + " where " + PAST
                + " and not " + SUBMITTED).params(cutoff).query(Integer.class).single();
    }

    /** Whether the quarter ending in {@code month} of {@code year} (two column expressions) is past the cutoff. */
    private static String past(String month, String year) {
        StringBuilder condition = new StringBuilder("(");
        for (int end = 3; end <= 12; end += 3) {
            condition.append(end == 3 ? "" : " or ").append("(").append(month).append(" = ").append(end)
                    .append(" and ").append(year).append(" <= :y").append(end).append(")");
        }
        return condition.append(")").toString();
    }

    /** For each quarter's last month, the last year whose quarter ended more than {@code days} before today. */
    private static Map<String, Object> cutoff(LocalDate today, int days) {
        return Map.of("y3", lastOverdueYear(today, days, 3), "y6", lastOverdueYear(today, days, 6),
                "y9", lastOverdueYear(today, days, 9), "y12", lastOverdueYear(today, days, 12));
    }

    private static int lastOverdueYear(LocalDate today, int days, int month) {
        int year = today.getYear();
        while (!org.perfgoals.monitoring.domain.Period.quarter(year, month / 3).end().plusDays(days).isBefore(today)) {
            year--;
        }
        return year;
    }
}
