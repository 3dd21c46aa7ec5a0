package org.perfgoals.monitoring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.ReportingRound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The overdue check over all projects in a few statements, whatever their number (docs/decisions/0022): the rounds
 * of the reporting calendar whose due day has passed (a handful per year, from {@link ReportingCalendarService})
 * become a small derived table; DATA_OVERDUE is opened for every project of such a round's year that has not
 * submitted it and has no active one, with its RAISED event, and closed (AUTO_RESOLVED, as
 * {@code AlertService.resolveAutomatically} does) for those submitted meanwhile or no longer overdue (a due day moved
 * later, an extra round removed). The alert rows are written here in SQL rather than entity by entity; the alert
 * package reads them back like any other.
 */
@Component
class OverdueAlerts {

    private static final String SUBMITTED = "exists (select 1 from period_report r where r.project_id = p.id"
            + " and r.period_year = q.y and r.period_month = q.m and r.state in ('SUBMITTED', 'APPROVED'))";
    private static final String ACTIVE = "exists (select 1 from alert a where a.alert_type = 'DATA_OVERDUE'"
            + " and a.project_id = p.id and a.period_year = q.y and a.period_month = q.m"
            + " and a.indicator_id is null and a.subject_name is null and a.status <> 'RESOLVED')";

    private final JdbcClient jdbc;

    OverdueAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens what is overdue, closes what no longer is, and returns the number of overdue project periods. */
    int sync(List<ReportingRound> overdue, String actor, Instant at) {
        String rounds = rounds(overdue);
        // Both drivers bind an OffsetDateTime (PostgreSQL's cannot bind an Instant); microseconds, as both store.
        OffsetDateTime now = at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        jdbc.sql("insert into alert (version, alert_type, status, project_id, project_name, department,"
                        + " indicator_id, subject_name, period_year, period_month, target_text, actual_text, raised_at,"
                        + " updated_at, demo) select 0, 'DATA_OVERDUE', 'OPEN', p.id, p.name, p.department, null,"
                        + " null, q.y, q.m, q.e, '', :now, :now, false from project p join " + rounds
                        + " on p.project_year = q.y where not " + SUBMITTED + " and not " + ACTIVE)
                .param("now", now).update();
        jdbc.sql("insert into alert_event (alert_id, sort_order, action, actor, happened_at, comment)"
                        + " select a.id, 0, 'RAISED', :actor, :now, null from alert a"
                        + " where a.alert_type = 'DATA_OVERDUE' and a.raised_at = :now"
                        + " and not exists (select 1 from alert_event e where e.alert_id = a.id)")
                .param("actor", actor).param("now", now).update();
        // Active alerts whose period was submitted meanwhile or is not overdue any more, read from the alert row.
        String settled = " from alert a where a.alert_type = 'DATA_OVERDUE' and a.indicator_id is null"
                + " and a.subject_name is null and a.status <> 'RESOLVED'"
                + " and (exists (select 1 from period_report r where r.project_id = a.project_id"
                + " and r.period_year = a.period_year and r.period_month = a.period_month"
                + " and r.state in ('SUBMITTED', 'APPROVED'))"
                + " or not exists (select 1 from " + rounds + " where q.y = a.period_year and q.m = a.period_month))";
        jdbc.sql("insert into alert_event (alert_id, sort_order, action, actor, happened_at, comment)"
                        + " select a.id, (select max(e.sort_order) + 1 from alert_event e where e.alert_id = a.id),"
                        + " 'AUTO_RESOLVED', 'system', :now, 'GREEN'" + settled)
                .param("now", now).update();
        jdbc.sql("update alert a set status = 'RESOLVED', updated_at = :now, version = version + 1"
                        + settled.substring(" from alert a".length()))
                .param("now", now).update();
        return jdbc.sql("select count(*) from project p join " + rounds + " on p.project_year = q.y where not "
                + SUBMITTED).query(Integer.class).single();
    }

    /**
     * The overdue rounds as a derived table {@code q(y, m, e)}: year, last month and the period's last day as
     * {@code Period.end()} writes it ({@code 2019-09-30}, the alert's target text). Built from numbers and dates the
     * calendar computed, never from user text; a first row no project matches keeps it valid when nothing is overdue.
     */
    private static String rounds(List<ReportingRound> overdue) {
        StringBuilder rows = new StringBuilder("(select -1 as y, -1 as m, '0000-00-00' as e");
        for (ReportingRound round : overdue) {
            Period period = round.period();
            rows.append(" union all select ").append(period.year()).append(", ").append(period.endMonth())
                    .append(", '").append(period.end()).append("'");
        }
        return rows.append(") q").toString();
    }
}
