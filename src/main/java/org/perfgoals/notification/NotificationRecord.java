package org.perfgoals.notification;

import java.time.Instant;
import org.perfgoals.notification.domain.NotificationEvent;

/** A notification in the inbox, its texts in the reader's language; {@code link} is the app path it opens. */
public record NotificationRecord(long id, NotificationEvent event, String title, String body, String link,
                                 Instant createdAt, boolean read) {
}
