package org.perfgoals.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.perfgoals.notification.domain.MailState;
import org.perfgoals.notification.domain.NotificationEvent;

/** A mail not (yet) delivered, as the admin view lists it. */
public record DeliveryRecord(long id, String recipient, NotificationEvent event, MailState state, int attempts,
                             @Nullable Instant nextAttemptAt, @Nullable String lastError, Instant createdAt) {
}
