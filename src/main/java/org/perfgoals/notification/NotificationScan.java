package org.perfgoals.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.perfgoals.monitoring.ReportingCalendarService;
import org.perfgoals.monitoring.domain.ReportingRound;
import org.perfgoals.notification.domain.DueWindows;
import org.perfgoals.notification.domain.NotificationEvent;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds what people are to be told and stores it as notifications, one set-based statement per event over all
 * projects, whatever their number: the occurrences are read from the tables the other features write (alerts,
 * period reports, the reporting calendar), not from events in memory, so nothing is lost when a node stops between
 * a change and its notification, and a later run on any node finds what an earlier one missed. Each method is a
 * transaction of its own; the jobs ({@code NotificationJobs}) call them one by one.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationScan {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ENTRY_LINK = "concat('monitoring/', p.id, '/', %s, '/', (%s + 2) / 3)";
    private static final String NOT_SUBMITTED = "not exists (select 1 from period_report r where"
            + " r.project_id = p.id and r.period_year = q.y and r.period_month = q.m"
            + " and r.state in ('SUBMITTED', 'APPROVED'))";
    private static final int DIGEST_ITEMS = 50;

    private final NotificationRepository notifications;
    private final ReportingCalendarService calendar;
    private final NotificationProperties properties;
    private final MailSwitch mail;
    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationScan(NotificationRepository notifications, ReportingCalendarService calendar,
                     NotificationProperties properties, MailSwitch mail, JdbcClient jdbc, Clock clock) {
        this.notifications = notifications;
        this.calendar = calendar;
        this.properties = properties;
        this.mail = mail;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * DUE_SOON to the STAFF of every project's unit whose round is due within a reminder's window on {@code today}
     * and not submitted: one notification per project, round and reminder (7 and 1 days by default).
     */
    public int dueSoon(LocalDate today) {
        DueWindows windows = properties.dueWindows();
        StringBuilder rounds = new StringBuilder("(select -1 as y, -1 as m, -1 as d, -1 as n");
        int count = 0;
        for (int year : calendar.years(today)) {
            if (year < today.getYear() - 1 || year > today.getYear()) {
                continue;
            }
            for (ReportingRound round : calendar.calendar(year).rounds()) {
                long left = round.daysLeft(today);
                OptionalInt window = windows.windowFor(left);
                if (window.isPresent()) {
                    rounds.append(" union all select ").append(round.period().year()).append(", ")
                            .append(round.period().endMonth()).append(", ").append(left).append(", ")
                            .append(window.getAsInt());
                    count++;
                }
            }
        }
        if (count == 0) {
            return 0;
        }
        String from = "project p join " + rounds + ") q on p.project_year = q.y"
                + " join app_user u on u.unit_name = p.department";
        return notifications.insert(NotificationEvent.DUE_SOON, "concat('due:', p.id, ':', q.y, ':', q.m, ':', q.n)",
                "p.id, p.name, p.department, q.y, q.m, null, null, null, null, null, q.d, null, "
                        + ENTRY_LINK.formatted("q.y", "q.m"),
                from, NotificationRepository.hasRole("STAFF") + " and " + NOT_SUBMITTED, mail.on(), clock.instant(),
                Map.of());
    }

    /**
     * From the alerts opened within the look-back: DATA_OVERDUE to the unit's STAFF and MANAGER, TARGET_MISSED and
     * OVER_BUDGET to its MANAGER; one notification per alert and recipient. Alerts of the demo data are left out.
     */
    public int fromAlerts() {
        Instant now = clock.instant();
        Map<String, Object> since = Map.of("since", NotificationRepository.at(now.minus(properties.lookback())));
        String from = "alert a join app_user u on u.unit_name = a.department";
        String opened = " and a.status <> 'RESOLVED' and a.raised_at >= :since and not a.demo and ";
        int added = notifications.insert(NotificationEvent.OVERDUE, "concat('alert:', a.id)",
                "a.project_id, a.project_name, a.department, a.period_year, a.period_month, null, null, null,"
                        + " a.target_text, null, null, null, concat('monitoring/', a.project_id, '/', a.period_year,"
                        + " '/', (a.period_month + 2) / 3)",
                from, "a.alert_type = 'DATA_OVERDUE'" + opened + NotificationRepository.hasRole("STAFF", "MANAGER"),
                mail.on(), now, since);
        for (NotificationEvent event : List.of(NotificationEvent.TARGET_MISSED, NotificationEvent.OVER_BUDGET)) {
            added += notifications.insert(event, "concat('alert:', a.id)",
                    "a.project_id, a.project_name, a.department, a.period_year, a.period_month, a.subject_name,"
                            + " null, null, a.target_text, a.actual_text, null, null,"
                            + " concat('alerts?project=', a.project_id)",
                    from, "a.alert_type = '" + event.name() + "'" + opened + NotificationRepository.hasRole("MANAGER"),
                    mail.on(), now, since);
        }
        return added;
    }

    /**
     * From the period reports changed within the look-back: a submitted quarter to the unit's MANAGER, a returned
     * one to the user who submitted it, with the reviewer's comment; once per submission and return (the report's
     * version tells one from the next). What the system did (the demo data's own submissions) tells nobody.
     */
    public int fromReviews() {
        Instant now = clock.instant();
        Map<String, Object> since = Map.of("since", NotificationRepository.at(now.minus(properties.lookback())),
                "system", SystemAuthentication.SYSTEM);
        int added = notifications.insert(NotificationEvent.SUBMITTED, "concat('submitted:', r.id, ':', r.version)",
                "p.id, p.name, p.department, r.period_year, r.period_month, null, r.submitted_by, null, null, null,"
                        + " null, null, " + ENTRY_LINK.formatted("r.period_year", "r.period_month"),
                "period_report r join project p on p.id = r.project_id join app_user u on u.unit_name = p.department",
                "r.state = 'SUBMITTED' and r.submitted_at >= :since and r.submitted_by <> :system and "
                        + NotificationRepository.hasRole("MANAGER"), mail.on(), now, since);
        added += notifications.insert(NotificationEvent.RETURNED, "concat('returned:', r.id, ':', r.version)",
                "p.id, p.name, p.department, r.period_year, r.period_month, null, r.reviewed_by, r.review_comment,"
                        + " null, null, null, null, " + ENTRY_LINK.formatted("r.period_year", "r.period_month"),
                "period_report r join project p on p.id = r.project_id join app_user u on u.username = r.submitted_by",
                "r.state = 'RETURNED' and r.reviewed_at >= :since and r.reviewed_by <> :system", mail.on(), now, since);
        return added;
    }

    /**
     * The weekly digest for every LEADER, once per ISO week: the projects that turned red in the last seven days
     * (TARGET_MISSED opened), the units with overdue reports, the projects whose execution is behind time.
     */
    public int weeklyDigest(LocalDate today) {
        Instant now = clock.instant();
        WeeklyDigest digest = digest(now);
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return notifications.insert(NotificationEvent.WEEKLY_DIGEST, "concat('week:', :week)",
                "null, null, null, null, null, null, null, null, null, null, null, :args, 'overview'",
                "app_user u", NotificationRepository.hasRole("LEADER"), mail.on(), now,
                Map.of("week", week, "args", JSON.writeValueAsString(digest)));
    }

    WeeklyDigest digest(Instant now) {
        List<WeeklyDigest.Item> red = projects("a.alert_type = 'TARGET_MISSED' and a.raised_at >= :since", now);
        List<WeeklyDigest.Item> behind = projects("a.alert_type = 'BUDGET_BEHIND_TIME' and a.status <> 'RESOLVED'",
                now);
        List<String> overdue = new ArrayList<>(jdbc.sql("select distinct department from alert a"
                        + " where a.alert_type = 'DATA_OVERDUE' and a.status <> 'RESOLVED' order by department")
                .query(String.class).list());
        return new WeeklyDigest(red.size(), limit(red), overdue.size(), limit(overdue), behind.size(), limit(behind));
    }

    private List<WeeklyDigest.Item> projects(String where, Instant now) {
        return jdbc.sql("select distinct a.project_id, a.project_name, a.department from alert a where " + where
                        + " order by a.department, a.project_name")
                .param("since", NotificationRepository.at(now.minus(java.time.Duration.ofDays(7))))
                .query((rs, rowNum) -> new WeeklyDigest.Item(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static <T> List<T> limit(List<T> items) {
        return List.copyOf(items.subList(0, Math.min(items.size(), DIGEST_ITEMS)));
    }
}
