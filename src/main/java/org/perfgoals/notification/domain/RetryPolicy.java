package org.perfgoals.notification.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed mail is tried again: after {@code first}, then twice as long each time up to {@code longest}; after
 * {@code maxAttempts} failed attempts it is given up (FAILED).
 */
public record RetryPolicy(int maxAttempts, Duration first, Duration longest) {

    public RetryPolicy {
        if (maxAttempts < 1 || first.isNegative() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("maxAttempts >= 1 and 0 <= first <= longest");
        }
    }

    /** The wait before the next attempt once {@code failedAttempts} attempts failed; empty: give up. */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(longest) > 0 ? longest : delay);
    }
}
