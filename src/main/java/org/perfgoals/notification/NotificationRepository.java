package org.perfgoals.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.perfgoals.notification.domain.Channel;
import org.perfgoals.notification.domain.MailState;
import org.perfgoals.notification.domain.NotificationEvent;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notification tables in SQL (Flyway V15). New notifications are inserted set-based, one statement per event
 * over all projects and users: each statement adds the rows whose (recipient, dedup key) is not there yet, with the
 * recipient's preference and digest choice applied, so running it again (on this node or another one, after a
 * restart) adds nothing; the unique key catches the rare race of two nodes in the same instant.
 */
@Repository
class NotificationRepository {

    static final String COLUMNS = "id, recipient, event_type, project_id, project_name, unit_name, period_year,"
            + " period_month, subject_name, actor, comment, target_text, actual_text, days_left, args, link_path,"
            + " created_at, read_at, mail_state, attempts, next_attempt_at, last_error, sent_at";

    private static final String INSERT = "insert into notification (recipient, event_type, dedup_key, project_id,"
            + " project_name, unit_name, period_year, period_month, subject_name, actor, comment, target_text,"
            + " actual_text, days_left, args, link_path, in_app, created_at, mail_state, attempts, next_attempt_at) ";

    private static final RowMapper<StoredNotification> ROW = (rs, rowNum) -> new StoredNotification(
            rs.getLong("id"), rs.getString("recipient"), NotificationEvent.valueOf(rs.getString("event_type")),
            (Long) rs.getObject("project_id", Long.class), rs.getString("project_name"), rs.getString("unit_name"),
            (Integer) rs.getObject("period_year", Integer.class),
            (Integer) rs.getObject("period_month", Integer.class), rs.getString("subject_name"),
            rs.getString("actor"), rs.getString("comment"), rs.getString("target_text"), rs.getString("actual_text"),
            (Integer) rs.getObject("days_left", Integer.class), rs.getString("args"), rs.getString("link_path"),
            instant(rs.getObject("created_at", OffsetDateTime.class)),
            instantOrNull(rs.getObject("read_at", OffsetDateTime.class)),
            MailState.valueOf(rs.getString("mail_state")), rs.getInt("attempts"),
            instantOrNull(rs.getObject("next_attempt_at", OffsetDateTime.class)), rs.getString("last_error"),
            instantOrNull(rs.getObject("sent_at", OffsetDateTime.class)));

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Both drivers bind an OffsetDateTime (PostgreSQL's cannot bind an Instant); microseconds, as both store. */
    static OffsetDateTime at(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    // ---- new notifications ------------------------------------------------------------------------------------

    /**
     * One event's insert: {@code values} are the columns from {@code project_id} to {@code link_path} as SQL over
     * the aliases of {@code from} (which must join the recipient as {@code u}); {@code where} selects the occurrences.
     * The texts are SQL written here, never user input; figures and times are bound.
     */
    int insert(NotificationEvent event, String key, String values, String from, String where, boolean mailOn,
               Instant now, Map<String, Object> params) {
        String sql = INSERT + "select u.username, '" + event.name() + "', " + key + ", " + values + ", "
                + inApp(mailOn) + ", :now, " + mailState(mailOn) + ", 0, :now from " + from
                + " left join notification_preference np on np.username = u.username and np.event_type = '"
                + event.name() + "' left join notification_setting ns on ns.username = u.username"
                + " where u.enabled and (" + where + ") and not exists (select 1 from notification n"
                + " where n.recipient = u.username and n.dedup_key = " + key + ")";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("now", at(now));
        for (Map.Entry<String, Object> param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        return statement.update();
    }

    /** In the inbox unless the user wants e-mail only and can get it. */
    private static String inApp(boolean mailOn) {
        return mailOn ? "(coalesce(np.channel, 'BOTH') <> 'EMAIL' or u.email is null or u.email = '')" : "true";
    }

    private static String mailState(boolean mailOn) {
        if (!mailOn) {
            return "'NONE'";
        }
        return "case when u.email is null or u.email = '' or coalesce(np.channel, 'BOTH') = 'IN_APP' then 'NONE'"
                + " when coalesce(ns.daily_digest, false) then 'DIGEST' else 'PENDING' end";
    }

    /** An SQL condition: the user has one of these roles (names from {@code Role}, written here). */
    static String hasRole(String... roles) {
        return "exists (select 1 from app_user_role ur where ur.user_id = u.id and ur.role in ('"
                + String.join("', '", roles) + "'))";
    }

    // ---- the inbox --------------------------------------------------------------------------------------------

    List<StoredNotification> inbox(String recipient, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where recipient = :recipient and in_app"
                        + " order by case when read_at is null then 0 else 1 end, created_at desc, id desc"
                        + " offset :offset rows fetch next :limit rows only")
                .param("recipient", recipient).param("offset", offset).param("limit", limit)
                .query(ROW).list();
    }

    long countInbox(String recipient) {
        return jdbc.sql("select count(*) from notification where recipient = :recipient and in_app")
                .param("recipient", recipient).query(Long.class).single();
    }

    long countUnread(String recipient) {
        return jdbc.sql("select count(*) from notification where recipient = :recipient and in_app"
                + " and read_at is null").param("recipient", recipient).query(Long.class).single();
    }

    Optional<StoredNotification> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification where id = :id").param("id", id)
                .query(ROW).optional();
    }

    int markRead(long id, String recipient, Instant now) {
        return jdbc.sql("update notification set read_at = :now where id = :id and recipient = :recipient"
                        + " and read_at is null")
                .param("now", at(now)).param("id", id).param("recipient", recipient).update();
    }

    int markAllRead(String recipient, Instant now) {
        return jdbc.sql("update notification set read_at = :now where recipient = :recipient and read_at is null")
                .param("now", at(now)).param("recipient", recipient).update();
    }

    // ---- preferences ------------------------------------------------------------------------------------------

    Map<NotificationEvent, Channel> channels(String username) {
        Map<NotificationEvent, Channel> channels = new HashMap<>();
        jdbc.sql("select event_type, channel from notification_preference where username = :username")
                .param("username", username)
                .query((rs, rowNum) -> Map.entry(NotificationEvent.valueOf(rs.getString(1)),
                        Channel.valueOf(rs.getString(2))))
                .list().forEach(entry -> channels.put(entry.getKey(), entry.getValue()));
        return channels;
    }

    void setChannel(String username, NotificationEvent event, Channel channel) {
        int updated = jdbc.sql("update notification_preference set channel = :channel where username = :username"
                        + " and event_type = :event")
                .param("channel", channel.name()).param("username", username).param("event", event.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into notification_preference (username, event_type, channel)"
                            + " values (:username, :event, :channel)")
                    .param("channel", channel.name()).param("username", username).param("event", event.name())
                    .update();
        }
    }

    boolean dailyDigest(String username) {
        return jdbc.sql("select daily_digest from notification_setting where username = :username")
                .param("username", username).query(Boolean.class).optional().orElse(false);
    }

    void setDailyDigest(String username, boolean digest) {
        int updated = jdbc.sql("update notification_setting set daily_digest = :digest where username = :username")
                .param("digest", digest).param("username", username).update();
        if (updated == 0) {
            jdbc.sql("insert into notification_setting (username, daily_digest) values (:username, :digest)")
                    .param("digest", digest).param("username", username).update();
        }
    }

    // ---- the mail queue ---------------------------------------------------------------------------------------

    List<Long> due(Instant now, int limit) {
        return jdbc.sql("select id from notification where mail_state = 'PENDING' and next_attempt_at <= :now"
                        + " order by next_attempt_at, id fetch first :limit rows only")
                .param("now", at(now)).param("limit", limit).query(Long.class).list();
    }

    /** Takes a pending mail for this sender: true for exactly one of several senders trying at once. */
    boolean claim(long id, String sender, Instant now) {
        return jdbc.sql("update notification set mail_state = 'SENDING', claimed_by = :sender, claimed_at = :now"
                        + " where id = :id and mail_state = 'PENDING'")
                .param("sender", sender).param("now", at(now)).param("id", id).update() == 1;
    }

    /** Takes every digest mail of one recipient for this sender ({@code digest:...}); returns the ids taken. */
    List<Long> claimDigest(String recipient, String sender, Instant now) {
        jdbc.sql("update notification set mail_state = 'SENDING', claimed_by = :sender, claimed_at = :now"
                        + " where recipient = :recipient and mail_state = 'DIGEST'")
                .param("sender", sender).param("now", at(now)).param("recipient", recipient).update();
        return jdbc.sql("select id from notification where recipient = :recipient and mail_state = 'SENDING'"
                        + " and claimed_by = :sender order by created_at, id")
                .param("recipient", recipient).param("sender", sender).query(Long.class).list();
    }

    List<String> digestRecipients() {
        return jdbc.sql("select distinct recipient from notification where mail_state = 'DIGEST' order by recipient")
                .query(String.class).list();
    }

    void markSent(long id, Instant now) {
        jdbc.sql("update notification set mail_state = 'SENT', sent_at = :now, attempts = attempts + 1,"
                        + " last_error = null where id = :id and mail_state = 'SENDING'")
                .param("now", at(now)).param("id", id).update();
    }

    void markFailedAttempt(long id, MailState next, @Nullable Instant nextAttempt, String error) {
        jdbc.sql("update notification set mail_state = :state, attempts = attempts + 1, next_attempt_at = :next,"
                        + " last_error = :error where id = :id and mail_state = 'SENDING'")
                .param("state", next.name()).param("next", nextAttempt == null ? null : at(nextAttempt))
                .param("error", error).param("id", id).update();
    }

    /** Mails claimed by a sender that stopped (the node went down mid-send) become pending again. */
    int releaseStale(Instant claimedBefore) {
        return jdbc.sql("update notification set mail_state = 'PENDING' where mail_state = 'SENDING'"
                        + " and claimed_at < :before and claimed_by not like 'digest:%'")
                .param("before", at(claimedBefore)).update()
                + jdbc.sql("update notification set mail_state = 'DIGEST' where mail_state = 'SENDING'"
                        + " and claimed_at < :before and claimed_by like 'digest:%'")
                .param("before", at(claimedBefore)).update();
    }

    List<StoredNotification> undelivered(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification where mail_state in ('PENDING', 'SENDING',"
                        + " 'FAILED') order by case when mail_state = 'FAILED' then 0 else 1 end, id desc"
                        + " offset :offset rows fetch next :limit rows only")
                .param("offset", offset).param("limit", limit).query(ROW).list();
    }

    long countUndelivered() {
        return jdbc.sql("select count(*) from notification where mail_state in ('PENDING', 'SENDING', 'FAILED')")
                .query(Long.class).single();
    }

    int retryNow(long id, Instant now) {
        return jdbc.sql("update notification set mail_state = 'PENDING', attempts = 0, next_attempt_at = :now"
                        + " where id = :id and mail_state = 'FAILED'")
                .param("now", at(now)).param("id", id).update();
    }

    Optional<Recipient> recipient(String username) {
        return jdbc.sql("select username, display_name, email, language from app_user where username = :username")
                .param("username", username)
                .query((rs, rowNum) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .optional();
    }
}
