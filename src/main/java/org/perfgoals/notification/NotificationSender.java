package org.perfgoals.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.perfgoals.notification.domain.MailState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the pending mails (and, once a day, the digests): claims each row, sends it, then marks it SENT, or PENDING
 * again after a back-off, or FAILED after the last attempt. Nothing to do while mail is off.
 */
@Component
class NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

    private final MailQueue queue;
    private final NotificationMailer mailer;
    private final MailSwitch mail;

    NotificationSender(MailQueue queue, NotificationMailer mailer, MailSwitch mail) {
        this.queue = queue;
        this.mailer = mailer;
        this.mail = mail;
    }

    /** One run: the mails due now, at most a batch. Returns how many this run sent. */
    int sendDue() {
        JavaMailSender sender = mail.sender();
        if (sender == null) {
            return 0;
        }
        String me = "mail:" + UUID.randomUUID();
        int sent = 0;
        for (long id : queue.due()) {
            Optional<StoredNotification> claimed = queue.claim(id, me);
            if (claimed.isEmpty()) {
                continue;
            }
            StoredNotification notification = claimed.get();
            Optional<Recipient> to = queue.recipient(notification.recipient())
                    .filter(recipient -> recipient.email() != null && !recipient.email().isBlank());
            if (to.isEmpty()) {
                queue.failed(notification, "no e-mail address");
                continue;
            }
            try {
                mailer.send(sender, to.get(), List.of(notification));
                queue.sent(id);
                sent++;
            } catch (MailException failure) {
                MailState next = queue.failed(notification, String.valueOf(failure.getMessage()));
                LOG.warn("Notification mail {} to {} failed ({}): {}", id, notification.recipient(), next,
                        failure.getMessage());
            }
        }
        return sent;
    }

    /** The daily digest: one mail per user who chose it, with every notification gathered since the last one. */
    int sendDigests() {
        JavaMailSender sender = mail.sender();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (String recipient : queue.digestRecipients()) {
            List<StoredNotification> items = queue.claimDigest(recipient, "digest:" + UUID.randomUUID());
            Optional<Recipient> to = queue.recipient(recipient);
            if (items.isEmpty() || to.isEmpty() || to.get().email() == null) {
                continue;
            }
            try {
                mailer.send(sender, to.get(), items);
                items.forEach(item -> queue.sent(item.id()));
                sent++;
            } catch (MailException failure) {
                items.forEach(item -> queue.digestFailed(item, String.valueOf(failure.getMessage())));
                LOG.warn("Daily digest to {} failed: {}", recipient, failure.getMessage());
            }
        }
        return sent;
    }
}
