package org.perfgoals.security;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.perfgoals.security.user.UserAccessChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The UI's sessions per user (Spring Security's {@link SessionRegistry}, fed by the UI chain's session management),
 * so that a password change ends the user's other sessions on this node and a disable ends all of them: each is
 * marked expired, and its next request is logged out. Sessions on other nodes end through
 * {@link SessionAccessCheck}. The API keeps no sessions.
 */
@Component
public class UserSessions {

    private static final Logger LOG = LoggerFactory.getLogger(UserSessions.class);

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry, MeterRegistry meters) {
        this.registry = registry;
        // Open UI sessions on this node, for the operators' dashboards (/actuator/prometheus).
        Gauge.builder("perfgoals.ui.sessions", registry, UserSessions::open).register(meters);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UserAccessChanged changed) {
        String keep = changed.reason() == UserAccessChanged.Reason.PASSWORD_CHANGED ? currentSessionId() : null;
        if (keep != null) {
            // The session that changed its own password goes on; SessionAccessCheck stamps it anew.
            currentSession().ifPresent(session -> session.removeAttribute(SessionAccessCheck.STAMP));
        }
        AppUser principal = new AppUser(changed.username(), "", null, Set.of());
        int ended = 0;
        for (SessionInformation session : registry.getAllSessions(principal, false)) {
            if (!session.getSessionId().equals(keep)) {
                session.expireNow();
                ended++;
            }
        }
        if (ended > 0) {
            LOG.info("Ended {} other session(s) of user '{}' after {}", ended, changed.username(), changed.reason());
        }
    }

    private static double open(SessionRegistry registry) {
        return registry.getAllPrincipals().stream().mapToInt(principal -> registry.getAllSessions(principal, false)
                .size()).sum();
    }

    /** The number of live sessions of a user on this node. */
    public int count(String username) {
        return registry.getAllSessions(new AppUser(username, "", null, Set.of()), false).size();
    }

    private static @Nullable String currentSessionId() {
        return currentSession().map(HttpSession::getId).orElse(null);
    }

    private static java.util.Optional<HttpSession> currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return java.util.Optional.ofNullable(request.getRequest().getSession(false));
        }
        return java.util.Optional.empty();
    }
}
