package org.perfgoals.notification.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedProjects;
import org.perfgoals.notification.DeliveryRecord;
import org.perfgoals.notification.NotificationRecord;
import org.perfgoals.notification.NotificationScan;
import org.perfgoals.notification.domain.Channel;
import org.perfgoals.notification.domain.MailState;
import org.perfgoals.notification.domain.NotificationEvent;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bell, the inbox, the choices on the profile page and the admin's list of mails, as their users see them. The
 * scan gives staff and manager a notification for each of the hotline's two overdue quarters.
 */
class NotificationViewsKT extends KaribuTest {

    @Autowired
    private NotificationScan scan;
    @Autowired
    private ProjectService projects;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private org.perfgoals.base.ui.LiveUpdates live;
    @Autowired
    private org.springframework.context.ApplicationEventPublisher events;

    @BeforeEach
    void twoOverdueNotificationsEach() {
        jdbc.sql("delete from notification").update();
        jdbc.sql("delete from notification_preference").update();
        jdbc.sql("delete from notification_setting").update();
        SystemAuthentication.call(scan::fromAlerts);
    }

    private NotificationInboxView inbox(String user) {
        login(user);
        UI.getCurrent().navigate("notifications");
        return _get(NotificationInboxView.class);
    }

    private static String bell() {
        return _get(NotificationBell.Bell.class).number.getText();
    }

    @Test
    void the_bell_counts_the_unread_and_opening_a_notification_reads_it_and_goes_to_its_page() {
        NotificationInboxView view = inbox("staff");
        assertThat(bell()).isEqualTo("2");
        assertThat(_size(view.grid)).isEqualTo(2);
        NotificationRecord first = _get(view.grid, 0);
        assertThat(first.read()).isFalse();
        assertThat(first.title()).contains(SeedProjects.HOTLINE, "报送已逾期");

        view.open(first);

        long hotline = SystemAuthentication.call(() -> SeedProjects.hotline(projects));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .startsWith("monitoring/" + hotline + "/2019/");
        assertThat(bell()).as("counted again after the navigation").isEqualTo("1");
        UI.getCurrent().navigate("notifications");
        view = _get(NotificationInboxView.class);
        assertThat(_get(view.grid, 0).read()).as("unread first").isFalse();
        assertThat(_get(view.grid, 1).id()).isEqualTo(first.id());
        assertThat(_get(view.grid, 1).read()).isTrue();
    }

    @Test
    void mark_all_read_empties_the_bell() {
        NotificationInboxView view = inbox("manager");
        assertThat(bell()).isEqualTo("2");
        _click(view.markAllRead);
        assertThat(bell()).isEqualTo("0");
        assertThat(view.markAllRead.isEnabled()).isFalse();
        assertThat(_size(view.grid)).as("read ones stay in the inbox").isEqualTo(2);
    }

    @Test
    void notifications_made_while_the_page_is_open_reach_the_bell_without_a_navigation() {
        jdbc.sql("delete from notification where recipient = 'staff'").update();
        inbox("staff");
        // Any refresh still due for earlier tests' changes runs now, so only this test's change is left to see.
        live.poll();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(bell()).isEqualTo("0");

        SystemAuthentication.call(scan::fromAlerts);
        // What the scan job does once it added notifications: move the shared data version.
        events.publishEvent(org.perfgoals.base.DataChangedEvent.workflow());
        assertThat(bell()).as("nothing moves before the poller looks").isEqualTo("0");
        live.poll();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);

        assertThat(bell()).isEqualTo("2");
    }

    @Test
    void the_leader_has_an_empty_inbox() {
        NotificationInboxView view = inbox("leader");
        assertThat(bell()).isEqualTo("0");
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void the_choices_on_the_profile_page_are_kept_per_user() {
        login("staff");
        UI.getCurrent().navigate("profile");
        NotificationChoicesSection.Choices choices = _get(NotificationChoicesSection.Choices.class);
        assertThat(choices.channels.get(NotificationEvent.DUE_SOON).getValue()).isEqualTo(Channel.BOTH);

        _setValue(choices.channels.get(NotificationEvent.DUE_SOON), Channel.IN_APP);
        _setValue(choices.dailyDigest, true);

        assertThat(jdbc.sql("select channel from notification_preference where username = 'staff'"
                + " and event_type = 'DUE_SOON'").query(String.class).single()).isEqualTo("IN_APP");
        assertThat(jdbc.sql("select daily_digest from notification_setting where username = 'staff'")
                .query(Boolean.class).single()).isTrue();
        login("manager");
        UI.getCurrent().navigate("profile");
        assertThat(_get(NotificationChoicesSection.Choices.class).channels.get(NotificationEvent.DUE_SOON)
                .getValue()).as("another user's own choice").isEqualTo(Channel.BOTH);
    }

    @Test
    void the_admin_sees_failed_mails_and_sends_one_again() {
        jdbc.sql("update notification set mail_state = 'FAILED', attempts = 5, last_error = 'Connection refused'"
                + " where recipient = 'staff'").update();
        login("admin");
        UI.getCurrent().navigate("admin/notifications");
        NotificationAdminView view = _get(NotificationAdminView.class);
        assertThat(_size(view.grid)).isEqualTo(2);
        DeliveryRecord failed = _get(view.grid, 0);
        assertThat(failed.lastError()).isEqualTo("Connection refused");
        assertThat(failed.state()).isEqualTo(MailState.FAILED);
        assertThat(view.status.getText()).contains("spring.mail.host");

        view.retry(failed);

        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(jdbc.sql("select mail_state from notification where id = :id").param("id", failed.id())
                .query(String.class).single()).isEqualTo("PENDING");
        assertThat(jdbc.sql("select attempts from notification where id = :id").param("id", failed.id())
                .query(Integer.class).single()).isZero();
    }
}
