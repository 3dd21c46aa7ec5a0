package org.perfgoals.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.SignedInTest;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.EntryMode;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.notification.domain.Channel;
import org.perfgoals.notification.domain.MailState;
import org.perfgoals.notification.domain.NotificationEvent;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mails, through a real SMTP server the test starts (GreenMail): who receives them, in which language, with
 * which figures and links, as plain text and HTML; retried while the server is down; sent once by two senders at
 * the same time. Staff read English, the manager Chinese (no language set).
 */
class NotificationMailTest extends SignedInTest {

    private static final int PORT = freePort();
    private static final String PUBLIC_URL = "https://perfgoals.example.org";
    private static GreenMail smtp;

    @Autowired
    private NotificationScan scan;
    @Autowired
    private NotificationSender sender;
    @Autowired
    private NotificationPreferences preferences;
    @Autowired
    private NotificationDelivery delivery;
    @Autowired
    private QuarterEntryService entry;
    @Autowired
    private ProjectService projects;
    @Autowired
    private JdbcClient jdbc;

    private long hotline;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
        registry.add("perfgoals.public-url", () -> PUBLIC_URL + "/");
        registry.add("perfgoals.notifications.max-attempts", () -> 3);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @BeforeEach
    void usersWithAddresses() throws Exception {
        if (!smtp.isRunning()) {
            startSmtp();
        }
        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("delete from notification").update();
        jdbc.sql("delete from notification_preference").update();
        jdbc.sql("delete from notification_setting").update();
        jdbc.sql("update app_user set email = 'staff@example.org', language = 'en' where username = 'staff'")
                .update();
        jdbc.sql("update app_user set email = 'manager@example.org', language = null where username = 'manager'")
                .update();
        hotline = SystemAuthentication.call(() -> SeedProjects.hotline(projects));
    }

    @AfterEach
    void smtpUp() {
        if (!smtp.isRunning()) {
            startSmtp();
        }
    }

    private static List<MimeMessage> received() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    private static List<String> to(List<MimeMessage> messages) throws Exception {
        List<String> addresses = new ArrayList<>();
        for (MimeMessage message : messages) {
            for (Address address : message.getAllRecipients()) {
                addresses.add(address.toString());
            }
        }
        return addresses.stream().sorted().toList();
    }

    /** The plain-text and the HTML part of a multipart/alternative mail. */
    private static List<String> parts(MimeMessage message) throws Exception {
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        assertThat(multipart.getCount()).isEqualTo(2);
        BodyPart plain = multipart.getBodyPart(0);
        BodyPart html = multipart.getBodyPart(1);
        assertThat(plain.getContentType()).startsWith("text/plain");
        assertThat(html.getContentType()).startsWith("text/html");
        return List.of((String) plain.getContent(), (String) html.getContent());
    }

    private MimeMessage mailTo(String address) throws Exception {
        return mailTo(address, "");
    }

    /** The mail to the address whose subject contains the text (the order of sending is the database's). */
    private MimeMessage mailTo(String address, String subject) throws Exception {
        for (MimeMessage message : received()) {
            if (message.getAllRecipients()[0].toString().equals(address) && message.getSubject().contains(subject)) {
                return message;
            }
        }
        throw new AssertionError("no mail to " + address + " about " + subject);
    }

    /** The overdue notifications of the hotline's Q3 and Q4 only (another test's missed targets left aside). */
    private void overdueOnly() {
        SystemAuthentication.call(scan::fromAlerts);
        jdbc.sql("delete from notification where event_type <> 'OVERDUE'").update();
    }

    private String state(String recipient) {
        return String.join(",", jdbc.sql("select mail_state from notification where recipient = :recipient"
                + " order by id").param("recipient", recipient).query(String.class).list());
    }

    @Test
    void overdue_quarters_are_mailed_to_staff_in_english_and_the_manager_in_chinese_once() throws Exception {
        overdueOnly();

        assertThat(sender.sendDue()).isEqualTo(4);
        assertThat(sender.sendDue()).as("each mail once").isZero();

        List<MimeMessage> mails = received();
        assertThat(to(mails)).containsExactly("manager@example.org", "manager@example.org", "staff@example.org",
                "staff@example.org");
        MimeMessage english = mailTo("staff@example.org", "Q3");
        assertThat(mailTo("staff@example.org", "Q4").getSubject()).isEqualTo(SeedProjects.HOTLINE
                + ": 2019 Q4 is overdue");
        assertThat(english.getSubject()).isEqualTo(SeedProjects.HOTLINE + ": 2019 Q3 is overdue");
        List<String> englishParts = parts(english);
        String link = PUBLIC_URL + "/monitoring/" + hotline + "/2019/3";
        assertThat(englishParts.get(0)).contains("Dear 填报人员", "past their due day", "Open: " + link,
                PUBLIC_URL + "/profile");
        assertThat(englishParts.get(1)).contains("<a href=\"" + link + "\">Open</a>");
        MimeMessage chinese = mailTo("manager@example.org", "第3季度");
        assertThat(chinese.getSubject()).isEqualTo(SeedProjects.HOTLINE + "：2019年第3季度报送已逾期");
        assertThat(parts(chinese).get(0)).contains("单位管理员，您好", "已过报送截止日仍未提交", link);
        assertThat(state("staff")).isEqualTo("SENT,SENT");
    }

    @Test
    void a_missed_target_mail_carries_the_figures() throws Exception {
        loginAs("staff");
        Period q4 = Period.quarter(SeedProjects.YEAR, 4);
        long connection = entry.sheet(hotline, q4).rows().stream()
                .filter(row -> row.indicator().name().equals("综合接通率")).findFirst().orElseThrow().indicator().id();
        entry.save(hotline, q4, new SheetInput(List.of(ActualEntry.number(connection, "75")), List.of(), null, null),
                EntryMode.FEED);
        jdbc.sql("update app_user set language = 'en' where username = 'manager'").update();
        SystemAuthentication.call(scan::fromAlerts);
        jdbc.sql("update notification set mail_state = 'NONE' where event_type <> 'TARGET_MISSED'").update();

        sender.sendDue();

        MimeMessage missed = received().stream().filter(message -> {
            try {
                return message.getSubject().contains("综合接通率");
            } catch (Exception failure) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(missed.getAllRecipients()[0].toString()).isEqualTo("manager@example.org");
        assertThat(missed.getSubject()).endsWith("综合接通率 missed its target");
        assertThat(parts(missed).get(0)).contains("2019 Q4", "target ≥80.00%", "actual 75",
                PUBLIC_URL + "/alerts?project=" + hotline);
    }

    @Test
    void the_preferences_decide_between_inbox_and_mail() {
        loginAs("staff");
        preferences.setChannel(NotificationEvent.OVERDUE, Channel.EMAIL);
        loginAs("manager");
        preferences.setChannel(NotificationEvent.OVERDUE, Channel.IN_APP);
        assertThat(preferences.mine().mailOn()).isTrue();
        assertThat(preferences.mine().hasEmail()).isTrue();

        overdueOnly();

        assertThat(jdbc.sql("select count(*) from notification where recipient = 'staff' and not in_app"
                + " and mail_state = 'PENDING'").query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from notification where recipient = 'manager' and in_app"
                + " and mail_state = 'NONE'").query(Integer.class).single()).isEqualTo(2);
        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(received()).hasSize(2);
    }

    @Test
    void while_the_server_is_down_mails_wait_with_back_off_then_go_out_or_fail_after_the_last_attempt()
            throws Exception {
        jdbc.sql("update app_user set email = null where username = 'manager'").update();
        overdueOnly();
        smtp.stop();

        assertThat(sender.sendDue()).isZero();
        assertThat(state("staff")).isEqualTo("PENDING,PENDING");
        assertThat(jdbc.sql("select count(*) from notification where recipient = 'staff' and attempts = 1"
                + " and last_error is not null and next_attempt_at > created_at").query(Integer.class).single())
                .isEqualTo(2);
        assertThat(sender.sendDue()).as("not due again before the back-off").isZero();
        assertThat(jdbc.sql("select max(attempts) from notification").query(Integer.class).single()).isOne();

        // As if the back-off had passed: the second attempt fails too, and its wait is longer.
        jdbc.sql("update notification set next_attempt_at = created_at where recipient = 'staff'").update();
        sender.sendDue();
        assertThat(state("staff")).isEqualTo("PENDING,PENDING");

        startSmtp();
        jdbc.sql("update notification set next_attempt_at = created_at where recipient = 'staff'").update();
        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(state("staff")).isEqualTo("SENT,SENT");
        assertThat(to(received())).containsExactly("staff@example.org", "staff@example.org");

        // A mail that fails max-attempts (3) times is given up and listed for the admin.
        jdbc.sql("update notification set mail_state = 'PENDING', attempts = 2, next_attempt_at = created_at"
                + " where recipient = 'staff'").update();
        smtp.stop();
        sender.sendDue();
        assertThat(state("staff")).isEqualTo("FAILED,FAILED");
        loginAs("admin");
        assertThat(delivery.undelivered(0, 10)).extracting(DeliveryRecord::state)
                .containsExactly(MailState.FAILED, MailState.FAILED);
    }

    @Test
    void two_senders_at_once_send_each_mail_once() throws Exception {
        jdbc.sql("update app_user set email = null where username = 'manager'").update();
        for (int i = 0; i < 40; i++) {
            jdbc.sql("insert into notification (recipient, event_type, dedup_key, link_path, in_app, created_at,"
                            + " mail_state, attempts, next_attempt_at, project_name, period_year, period_month)"
                            + " values ('staff', 'OVERDUE', :key, 'alerts', true, current_timestamp, 'PENDING', 0,"
                            + " current_timestamp, :name, 2019, 3)")
                    .param("key", "test:" + i).param("name", "项目" + i).update();
        }
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> awaitThen(start));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> awaitThen(start));
        start.countDown();

        int sent = first.get() + second.get();

        assertThat(sent).isEqualTo(40);
        assertThat(received()).hasSize(40);
        assertThat(received().stream().map(message -> {
            try {
                return message.getSubject();
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        }).distinct()).hasSize(40);
        assertThat(jdbc.sql("select count(*) from notification where mail_state = 'SENT' and attempts = 1")
                .query(Integer.class).single()).isEqualTo(40);
    }

    private int awaitThen(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return sender.sendDue();
    }

    @Test
    void a_daily_digest_gathers_the_users_notifications_into_one_mail() throws Exception {
        loginAs("staff");
        preferences.setDailyDigest(true);
        overdueOnly();

        sender.sendDue();
        assertThat(to(received())).as("only the manager's single mails").containsExactly("manager@example.org",
                "manager@example.org");
        assertThat(state("staff")).isEqualTo("DIGEST,DIGEST");

        assertThat(sender.sendDigests()).isOne();

        MimeMessage digest = mailTo("staff@example.org");
        assertThat(digest.getSubject()).isEqualTo("Daily digest: 2 notifications");
        assertThat(parts(digest).get(0)).contains("2019 Q3 is overdue", "2019 Q4 is overdue",
                PUBLIC_URL + "/monitoring/" + hotline + "/2019/4");
        assertThat(state("staff")).isEqualTo("SENT,SENT");
        assertThat(sender.sendDigests()).isZero();
    }
}
