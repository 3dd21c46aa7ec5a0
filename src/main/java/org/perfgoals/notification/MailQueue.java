package org.perfgoals.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.perfgoals.notification.domain.MailState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue of notification mails in the table itself, each step a short transaction of its own so that no
 * transaction stays open while a mail is sent. A sender takes a row with a conditional update (PENDING to SENDING):
 * of two senders on two nodes, only one gets it, so each mail is sent once.
 */
@Service
@Transactional
class MailQueue {

    private final NotificationRepository notifications;
    private final NotificationProperties properties;
    private final Clock clock;

    MailQueue(NotificationRepository notifications, NotificationProperties properties, Clock clock) {
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    List<Long> due() {
        Instant now = clock.instant();
        notifications.releaseStale(now.minus(properties.claimTimeout()));
        return notifications.due(now, properties.batchSize());
    }

    /** The row, if this sender got it. */
    Optional<StoredNotification> claim(long id, String sender) {
        return notifications.claim(id, sender, clock.instant()) ? notifications.find(id) : Optional.empty();
    }

    List<String> digestRecipients() {
        return notifications.digestRecipients();
    }

    List<StoredNotification> claimDigest(String recipient, String sender) {
        return notifications.claimDigest(recipient, sender, clock.instant()).stream()
                .map(notifications::find).flatMap(Optional::stream).toList();
    }

    Optional<Recipient> recipient(String username) {
        return notifications.recipient(username);
    }

    void sent(long id) {
        notifications.markSent(id, clock.instant());
    }

    /** After a failed attempt: pending again after the back-off, or FAILED after the last attempt. */
    MailState failed(StoredNotification notification, String error) {
        Optional<Duration> delay = properties.retries().delayAfter(notification.attempts() + 1);
        MailState next = delay.isPresent() ? MailState.PENDING : MailState.FAILED;
        notifications.markFailedAttempt(notification.id(), next,
                delay.map(clock.instant()::plus).orElse(null), truncate(error));
        return next;
    }

    /** A digest that could not be sent waits for the next day's digest. */
    void digestFailed(StoredNotification notification, String error) {
        notifications.markFailedAttempt(notification.id(), MailState.DIGEST, null, truncate(error));
    }

    private static String truncate(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
