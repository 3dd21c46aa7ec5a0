package org.perfgoals.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.VaadinService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import jakarta.servlet.http.HttpSessionEvent;

/**
 * The idle timeout as configured by default: 30 minutes on every new session, and Vaadin told that heartbeats do
 * not keep a session alive. Its expiry over HTTP with a tiny timeout: {@code SessionIdleTimeoutApiTest}.
 */
class SessionIdleTimeoutKT extends KaribuTest {

    @Autowired
    private SessionIdleTimeout idleTimeout;

    @Test
    void sessions_end_after_thirty_idle_minutes_by_default() {
        assertThat(idleTimeout.timeout()).isEqualTo(Duration.ofMinutes(30));
        MockHttpSession session = new MockHttpSession();
        idleTimeout.sessionCreated(new HttpSessionEvent(session));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(1800);
    }

    @Test
    void heartbeats_do_not_keep_a_session_alive() {
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    @Test
    void a_timeout_under_a_second_is_refused() {
        assertThatThrownBy(() -> new SessionIdleTimeout(Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idle-timeout");
    }
}
