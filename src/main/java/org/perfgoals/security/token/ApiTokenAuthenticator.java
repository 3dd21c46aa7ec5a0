package org.perfgoals.security.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.perfgoals.security.AppUser;
import org.perfgoals.security.user.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a presented token: its shape, then its SHA-256 digest looked up in one query with its user, compared in
 * constant time; then that it is neither revoked nor expired and that its user is enabled now. The user's roles,
 * unit and must-change-password come from the database on every request, so a change by an admin counts at once.
 * The last use is written at most once a minute per token, so a feed does not write a row per request.
 */
@Service
@Transactional
public class ApiTokenAuthenticator {

    /** How stale {@code last_used_at} may be before a use writes it again. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The authentication of a usable token; empty for anything else (unknown, revoked, expired, disabled user). */
    public Optional<ApiTokenAuthentication> authenticate(String presented) {
        if (!TokenSecret.looksLikeToken(presented)) {
            return Optional.empty();
        }
        String digest = TokenSecret.digest(presented);
        Optional<ApiToken> found = tokens.findByDigestWithUser(digest)
                .filter(token -> TokenSecret.sameDigest(token.getDigest(), digest));
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().isActive(now) || !found.get().getUser().isEnabled()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Instant lastUsed = token.getLastUsedAt();
        if (lastUsed == null || lastUsed.plus(TOUCH_INTERVAL).isBefore(now)) {
            tokens.touch(token.getId(), now);
        }
        UserAccount account = token.getUser();
        AppUser user = new AppUser(account.getUsername(), "", account.getUnit(), account.getRoles(), true,
                account.isMustChangePassword());
        return Optional.of(new ApiTokenAuthentication(user, token.getId()));
    }
}
