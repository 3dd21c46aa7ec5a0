package org.perfgoals.security.token;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditDetails;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.base.NotFoundException;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.Role;
import org.perfgoals.security.user.UserAccount;
import org.perfgoals.security.user.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every user's own API tokens: create (the secret is returned once, its digest stored), list, revoke. Creating
 * needs a login with the password (UI or Basic): a token cannot make more tokens, so a leaked token ends when it
 * expires or is revoked. Another user's token reads as unknown (404). What ends tokens besides: see
 * {@link ApiTokenRevocations} and {@link ApiTokenAuthenticator}.
 */
@Service
@Transactional
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class ApiTokens {

    public static final int MAX_NAME = 100;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
    /** Usable (neither revoked nor expired) tokens a user may hold. */
    public static final int MAX_ACTIVE = 20;
    /** How long an expired token stays in its owner's list. */
    public static final Duration EXPIRED_LISTED = Duration.ofDays(30);

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokens.class);

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts;
    private final AuditLog audit;

    ApiTokens(ApiTokenRepository tokens, CurrentUser currentUser, Clock clock,
              ObjectProvider<SecurityContextHolderStrategy> contexts, AuditLog audit) {
        this.audit = audit;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Refuses a caller authenticated by a token (403): tokens are made with a password login only. */
    @Transactional(readOnly = true)
    public void authorizeCreate() {
        if (ApiTokenAuthentication.isToken(contexts.getContext().getAuthentication())) {
            throw new AccessDeniedException("an API token cannot create tokens");
        }
    }

    /**
     * A new token of the signed-in user valid for {@code expiresInDays} days; throws {@link ApiTokenException}
     * naming each field refused, or for a user holding {@link #MAX_ACTIVE} usable tokens already.
     */
    public NewApiToken create(@Nullable String name, @Nullable Long expiresInDays) {
        authorizeCreate();
        String trimmed = name == null ? "" : name.strip();
        List<ApiTokenException.Problem> problems = new ArrayList<>();
        if (trimmed.isEmpty()) {
            problems.add(new ApiTokenException.Problem("name", "required"));
        } else if (trimmed.length() > MAX_NAME) {
            problems.add(new ApiTokenException.Problem("name", "tooLong"));
        }
        if (expiresInDays == null) {
            problems.add(new ApiTokenException.Problem("expiresInDays", "required"));
        } else if (expiresInDays < MIN_DAYS || expiresInDays > MAX_DAYS) {
            problems.add(new ApiTokenException.Problem("expiresInDays", "range"));
        }
        if (!problems.isEmpty()) {
            throw new ApiTokenException(ApiTokenException.Kind.INVALID, problems);
        }
        UserAccount user = tokens.lockUser(UserAccounts.normalize(currentUser.username()))
                .orElseThrow(() -> new AccessDeniedException("no stored user"));
        Instant now = clock.instant();
        if (tokens.countActive(user, now) >= MAX_ACTIVE) {
            throw new ApiTokenException(ApiTokenException.Kind.LIMIT, List.of());
        }
        String secret = TokenSecret.generate();
        ApiToken token = tokens.save(new ApiToken(user, trimmed, TokenSecret.digest(secret), now,
                now.plus(Duration.ofDays(expiresInDays))));
        LOG.info("User '{}' created API token {} '{}'", user.getUsername(), token.getId(), trimmed);
        audit.record(AuditEntry.of(AuditType.TOKEN_CREATED, user.getUsername(),
                AuditDetails.json("token", token.getId(), "name", trimmed, "expiresInDays", expiresInDays)));
        return new NewApiToken(token.toRecord(now), secret);
    }

    /**
     * The signed-in user's tokens not revoked, newest first; an expired one is listed (marked) for
     * {@link #EXPIRED_LISTED} after it ran out, then left out.
     */
    @Transactional(readOnly = true)
    public List<ApiTokenRecord> mine() {
        Instant now = clock.instant();
        return tokens.findListed(UserAccounts.normalize(currentUser.username()), now.minus(EXPIRED_LISTED)).stream()
                .map(token -> token.toRecord(now)).toList();
    }

    /** Revokes one of the signed-in user's tokens; another user's, a revoked or an unknown id is a 404. */
    public void revoke(long id) {
        String me = UserAccounts.normalize(currentUser.username());
        ApiToken token = tokens.findById(id)
                .filter(found -> found.getRevokedAt() == null && found.getUser().getUsername().equals(me))
                .orElseThrow(() -> new NotFoundException("token", id));
        token.revoke(clock.instant());
        LOG.info("User '{}' revoked API token {} '{}'", me, id, token.getName());
        audit.record(AuditEntry.of(AuditType.TOKEN_REVOKED, me,
                AuditDetails.json("token", id, "name", token.getName())));
    }
}
