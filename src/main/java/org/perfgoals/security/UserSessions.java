package org.perfgoals.security;

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
 * marked expired, and its next request is logged out. The API keeps no sessions.
 */
@Component
public class UserSessions {

    private static final Logger LOG = LoggerFactory.getLogger(UserSessions.class);

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UserAccessChanged changed) {
        String keep = changed.reason() == UserAccessChanged.Reason.PASSWORD_CHANGED ? currentSessionId() : null;
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

    /** The number of live sessions of a user on this node. */
    public int count(String username) {
        return registry.getAllSessions(new AppUser(username, "", null, Set.of()), false).size();
    }

    private static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
