package org.perfgoals.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a UI session lives without a request from its user: {@code perfgoals.session.idle-timeout} (30 minutes
 * by default, at least one second), set on every new HTTP session to the second (the container's own setting
 * counts in whole minutes). Vaadin's {@code closeIdleSessions} makes the heartbeat of an open tab not count as
 * use, so a tab left open ends as well. The API keeps no sessions.
 */
@Component
public class SessionIdleTimeout implements HttpSessionListener {

    private final Duration timeout;

    SessionIdleTimeout(@Value("${perfgoals.session.idle-timeout:30m}") Duration timeout) {
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("perfgoals.session.idle-timeout must be at least 1s: " + timeout);
        }
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
    }
}
