package org.perfgoals.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.perfgoals.notification.domain.MailState;
import org.perfgoals.notification.domain.NotificationEvent;

/** A notification row as stored: what its texts are made of, not the texts (they follow the reader's language). */
record StoredNotification(long id, String recipient, NotificationEvent event, @Nullable Long projectId,
                          @Nullable String projectName, @Nullable String unit, @Nullable Integer year,
                          @Nullable Integer month, @Nullable String subject, @Nullable String actor,
                          @Nullable String comment, @Nullable String targetText, @Nullable String actualText,
                          @Nullable Integer daysLeft, @Nullable String args, String linkPath, Instant createdAt,
                          @Nullable Instant readAt, MailState mailState, int attempts, @Nullable Instant nextAttemptAt,
                          @Nullable String lastError, @Nullable Instant sentAt) {
}
