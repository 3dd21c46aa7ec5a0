package org.perfgoals.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For ADMIN: the mails pending, being sent or failed, and sending a failed one again. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class NotificationDelivery {

    private final NotificationRepository notifications;
    private final MailSwitch mail;
    private final Clock clock;

    NotificationDelivery(NotificationRepository notifications, MailSwitch mail, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
    }

    /** Failed first, then pending, newest first. */
    @Transactional(readOnly = true)
    public List<DeliveryRecord> undelivered(int offset, int limit) {
        return notifications.undelivered(offset, limit).stream()
                .map(row -> new DeliveryRecord(row.id(), row.recipient(), row.event(), row.mailState(),
                        row.attempts(), row.nextAttemptAt(), row.lastError(), row.createdAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long countUndelivered() {
        return notifications.countUndelivered();
    }

    @Transactional(readOnly = true)
    public boolean mailOn() {
        return mail.on();
    }

    /** A failed mail goes to the queue again with a fresh count of attempts. */
    public boolean retry(long id) {
        return notifications.retryNow(id, clock.instant()) == 1;
    }
}
