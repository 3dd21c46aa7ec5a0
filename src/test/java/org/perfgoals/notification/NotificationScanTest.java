package org.perfgoals.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.SignedInTest;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.EntryMode;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.QuarterReviewService;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.notification.domain.Channel;
import org.perfgoals.notification.domain.NotificationEvent;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who is told of what: each event's recipients among the demo users (staff and manager of the hotline's unit, the
 * leader, the admin), once per occurrence however often the scan runs. The seed's projects are of 2019; the demo
 * data leave Q2 submitted (by the system) and Q3, Q4 overdue.
 */
class NotificationScanTest extends SignedInTest {

    @Autowired
    private NotificationScan scan;
    @Autowired
    private NotificationInbox inbox;
    @Autowired
    private NotificationPreferences preferences;
    @Autowired
    private QuarterReviewService review;
    @Autowired
    private QuarterEntryService entry;
    @Autowired
    private ProjectService projects;
    @Autowired
    private JdbcClient jdbc;

    private long hotline;

    @BeforeEach
    void startWithoutNotifications() {
        jdbc.sql("delete from notification").update();
        jdbc.sql("delete from notification_preference").update();
        hotline = SystemAuthentication.call(() -> SeedProjects.hotline(projects));
    }

    private List<String> recipients(NotificationEvent event) {
        return jdbc.sql("select recipient from notification where event_type = :event order by recipient, id")
                .param("event", event.name()).query(String.class).list();
    }

    private int asSystem(java.util.function.Supplier<Integer> work) {
        return SystemAuthentication.call(work);
    }

    @Test
    void an_overdue_quarter_tells_the_units_staff_and_manager_once() {
        int added = asSystem(scan::fromAlerts);

        // The hotline is the only seed project of the demo users' unit; its Q3 and Q4 are overdue.
        assertThat(recipients(NotificationEvent.OVERDUE)).containsExactly("manager", "manager", "staff", "staff");
        assertThat(added).isEqualTo(4);
        assertThat(asSystem(scan::fromAlerts)).as("a second run adds nothing").isZero();
        assertThat(jdbc.sql("select link_path from notification where recipient = 'staff' order by period_month")
                .query(String.class).list())
                .containsExactly("monitoring/" + hotline + "/2019/3", "monitoring/" + hotline + "/2019/4");
    }

    @Test
    void a_submitted_quarter_tells_the_manager_and_a_returned_one_the_staff_who_submitted_it_with_the_comment() {
        Period q2 = Period.quarter(SeedProjects.YEAR, 2);
        loginAs("manager");
        review.returnToStaff(hotline, q2, "请先核对");
        asSystem(scan::fromReviews);
        assertThat(recipients(NotificationEvent.RETURNED)).as("the demo data submitted Q2 as the system").isEmpty();

        loginAs("staff");
        review.submit(hotline, q2, null);
        asSystem(scan::fromReviews);
        assertThat(recipients(NotificationEvent.SUBMITTED)).containsExactly("manager");

        loginAs("manager");
        review.returnToStaff(hotline, q2, "第二季度的支出请补充说明");
        asSystem(scan::fromReviews);
        assertThat(recipients(NotificationEvent.RETURNED)).containsExactly("staff");
        assertThat(asSystem(scan::fromReviews)).isZero();

        loginAs("staff");
        NotificationRecord returned = inbox.list(0, 10, java.util.Locale.SIMPLIFIED_CHINESE).stream()
                .filter(notification -> notification.event() == NotificationEvent.RETURNED).findFirst().orElseThrow();
        assertThat(returned.body()).contains("manager", "第二季度的支出请补充说明", "2019年第2季度");
        assertThat(returned.link()).isEqualTo("monitoring/" + hotline + "/2019/2");
        assertThat(inbox.list(0, 10, java.util.Locale.ENGLISH).getFirst().title()).contains("returned");

        // Submitting again after the return is a new submission: the manager hears of it again.
        review.submit(hotline, q2, null);
        asSystem(scan::fromReviews);
        assertThat(recipients(NotificationEvent.SUBMITTED)).containsExactly("manager", "manager");
    }

    @Test
    void a_missed_target_tells_the_units_manager_with_the_figures() {
        loginAs("staff");
        Period q4 = Period.quarter(SeedProjects.YEAR, 4);
        long connection = entry.sheet(hotline, q4).rows().stream()
                .filter(row -> row.indicator().name().equals("综合接通率")).findFirst().orElseThrow().indicator().id();
        entry.save(hotline, q4, new SheetInput(List.of(ActualEntry.number(connection, "75")), List.of(), null, null),
                EntryMode.FEED);

        asSystem(scan::fromAlerts);

        assertThat(recipients(NotificationEvent.TARGET_MISSED)).isNotEmpty().containsOnly("manager");
        assertThat(jdbc.sql("select recipient from notification where subject_name = '综合接通率'")
                .query(String.class).list()).containsExactly("manager");
        loginAs("manager");
        NotificationRecord missed = inbox.list(0, 20, java.util.Locale.SIMPLIFIED_CHINESE).stream()
                .filter(notification -> notification.event() == NotificationEvent.TARGET_MISSED)
                .filter(notification -> notification.body().contains("综合接通率")).findFirst().orElseThrow();
        assertThat(missed.body()).contains("综合接通率", "≥80.00%", "75");
        assertThat(missed.link()).isEqualTo("alerts?project=" + hotline);
    }

    @Test
    void a_round_due_soon_reminds_the_staff_once_per_reminder() {
        // Q4 2019 is due ten days after the year ends: 2020-01-10; no seed project has submitted it.
        assertThat(asSystem(() -> scan.dueSoon(LocalDate.of(2020, 1, 2)))).as("eight days ahead: not yet").isZero();
        assertThat(asSystem(() -> scan.dueSoon(LocalDate.of(2020, 1, 3)))).isOne();
        assertThat(asSystem(() -> scan.dueSoon(LocalDate.of(2020, 1, 5)))).as("same reminder").isZero();
        assertThat(asSystem(() -> scan.dueSoon(LocalDate.of(2020, 1, 9)))).as("the one-day reminder").isOne();
        assertThat(asSystem(() -> scan.dueSoon(LocalDate.of(2020, 1, 10)))).isZero();
        assertThat(asSystem(() -> scan.dueSoon(LocalDate.of(2020, 1, 11)))).as("overdue now, not due").isZero();

        assertThat(recipients(NotificationEvent.DUE_SOON)).containsExactly("staff", "staff");
        assertThat(jdbc.sql("select days_left from notification order by id").query(Integer.class).list())
                .containsExactly(7, 1);
        loginAs("staff");
        assertThat(inbox.list(0, 10, java.util.Locale.ENGLISH)).extracting(NotificationRecord::title)
                .contains(SeedProjects.HOTLINE + ": 2019 Q4 is due in 7 days",
                        SeedProjects.HOTLINE + ": 2019 Q4 is due in 1 day");
    }

    @Test
    void the_weekly_digest_goes_to_the_leaders_once_a_week() {
        assertThat(asSystem(() -> scan.weeklyDigest(LocalDate.of(2026, 12, 7)))).isOne();
        assertThat(asSystem(() -> scan.weeklyDigest(LocalDate.of(2026, 12, 9)))).as("same ISO week").isZero();
        assertThat(recipients(NotificationEvent.WEEKLY_DIGEST)).containsExactly("leader");

        loginAs("leader");
        NotificationRecord digest = inbox.list(0, 10, java.util.Locale.SIMPLIFIED_CHINESE).getFirst();
        // All five seed projects have overdue quarters, each in a unit of its own.
        assertThat(digest.title()).contains("5 个单位逾期");
        assertThat(digest.link()).isEqualTo("overview");
    }

    @Test
    void unread_first_mark_read_only_ones_own_and_mark_all_read() {
        asSystem(scan::fromAlerts);
        loginAs("staff");
        List<NotificationRecord> mine = inbox.list(0, 10, java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(inbox.unread()).isEqualTo(2);

        assertThat(inbox.markRead(mine.getLast().id())).isTrue();
        assertThat(inbox.unread()).isOne();
        assertThat(inbox.list(0, 10, java.util.Locale.SIMPLIFIED_CHINESE).getFirst().read())
                .as("unread first").isFalse();

        loginAs("manager");
        assertThat(inbox.markRead(mine.getFirst().id())).as("another user's notification").isFalse();
        long managers = inbox.unread();
        assertThat(managers).isPositive();
        assertThat(inbox.markAllRead()).isEqualTo(managers);
        assertThat(inbox.unread()).isZero();
        loginAs("staff");
        assertThat(inbox.unread()).isOne();
    }

    @Test
    void without_mail_an_event_wanted_by_email_only_stays_in_the_app_and_in_app_is_respected() {
        loginAs("staff");
        preferences.setChannel(NotificationEvent.OVERDUE, Channel.EMAIL);
        assertThat(preferences.mine().channels()).containsEntry(NotificationEvent.OVERDUE, Channel.EMAIL)
                .containsEntry(NotificationEvent.DUE_SOON, Channel.BOTH);
        assertThat(preferences.mine().mailOn()).isFalse();
        preferences.setDailyDigest(true);
        assertThat(preferences.mine().dailyDigest()).isTrue();

        asSystem(scan::fromAlerts);

        assertThat(jdbc.sql("select count(*) from notification where recipient = 'staff' and in_app"
                + " and mail_state = 'NONE'").query(Integer.class).single()).isEqualTo(2);
    }
}
