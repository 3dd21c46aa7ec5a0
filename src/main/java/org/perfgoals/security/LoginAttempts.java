package org.perfgoals.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name, in the UI and over the API alike, and locks the name for a while after too
 * many in a row, so that passwords cannot be guessed by trying. A successful login clears the count. Kept in memory:
 * a restart forgets the count, which only ever shortens a lock.
 */
@Component
public class LoginAttempts {

    private record Failures(int count, Instant lockedUntil) {
    }

    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(Clock clock, @Value("${perfgoals.security.max-failed-logins:5}") int maxFailures,
                  @Value("${perfgoals.security.lockout-minutes:15}") long lockoutMinutes) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    public int maxFailures() {
        return maxFailures;
    }

    public long lockoutMinutes() {
        return lockout.toMinutes();
    }

    /** Whether logins under this name are refused now, whatever the password. */
    public boolean isLocked(String username) {
        Failures current = failures.get(key(username));
        return current != null && current.lockedUntil() != null && clock.instant().isBefore(current.lockedUntil());
    }

    void failed(String username) {
        if (failures.size() >= MAX_TRACKED) {
            // Guessing at random names must not fill the memory: forget the names that are not locked.
            failures.values().removeIf(current -> current.lockedUntil() == null || !isLockedAt(current));
        }
        failures.compute(key(username), (name, before) -> {
            // A lock that ran out starts the count afresh.
            int count = before == null || (before.lockedUntil() != null && !isLockedAt(before)) ? 1
                    : before.count() + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(lockout) : null);
        });
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private boolean isLockedAt(Failures current) {
        return clock.instant().isBefore(current.lockedUntil());
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
