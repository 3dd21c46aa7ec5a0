package org.perfgoals.notification;

import java.time.Duration;
import java.util.List;
import org.perfgoals.notification.domain.DueWindows;
import org.perfgoals.notification.domain.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code perfgoals.notifications.*}: the reminders before a due day, how far back the scan looks for new alerts and
 * reviews (so that a first start does not announce years of history), the mail retries, and the sender's batch.
 */
@ConfigurationProperties("perfgoals.notifications")
public record NotificationProperties(
        @DefaultValue({"7", "1"}) List<Integer> dueDays,
        @DefaultValue("P2D") Duration lookback,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT6H") Duration longestRetry,
        @DefaultValue("50") int batchSize,
        @DefaultValue("PT10M") Duration claimTimeout,
        @DefaultValue("perfgoals@localhost") String from) {

    public DueWindows dueWindows() {
        return new DueWindows(dueDays);
    }

    public RetryPolicy retries() {
        return new RetryPolicy(maxAttempts, firstRetry, longestRetry);
    }
}
