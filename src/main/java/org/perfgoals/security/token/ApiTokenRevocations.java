package org.perfgoals.security.token;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.perfgoals.security.user.UserAccessChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's password reset revokes every token of the user, in the reset's own transaction: someone else may
 * have known the old password and made tokens with it. The user's own password change keeps them (the systems
 * feeding actuals go on), and a disable stops them at their next use without revoking them
 * ({@link ApiTokenAuthenticator} reads the user's state on every request), so re-enabling lets them work again.
 */
@Service
@Transactional
class ApiTokenRevocations {

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokenRevocations.class);

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokenRevocations(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @EventListener
    void on(UserAccessChanged changed) {
        if (changed.reason() == UserAccessChanged.Reason.PASSWORD_RESET) {
            Instant now = clock.instant();
            List<ApiToken> revoked = tokens.findUnrevoked(changed.username());
            revoked.forEach(token -> token.revoke(now));
            if (!revoked.isEmpty()) {
                LOG.info("Revoked {} API token(s) of user '{}' after a password reset", revoked.size(),
                        changed.username());
            }
        }
    }
}
