package org.perfgoals.security;

import org.perfgoals.security.domain.LoginGuard;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The API's authentication: a credential verified a moment ago is taken from the {@link CredentialCache}, anything
 * else is checked in full by the usual provider (lookup, lock check, password hash) and cached when it succeeds.
 * A hit still asks {@link LoginAttempts} whether the client may log in at all, so a held-back address or a lock
 * is refused exactly as before.
 */
final class CachingBasicAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider checked;
    private final CredentialCache cache;
    private final LoginAttempts attempts;

    CachingBasicAuthentication(AuthenticationProvider checked, CredentialCache cache, LoginAttempts attempts) {
        this.checked = checked;
        this.cache = cache;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (!(authentication.getCredentials() instanceof String password)) {
            return checked.authenticate(authentication);
        }
        AppUser known = cache.get(username, password);
        if (known != null && attempts.admit(username) == LoginGuard.Verdict.CHECK_PASSWORD) {
            return new CredentialCache.Cached(known);
        }
        Authentication result = checked.authenticate(authentication);
        if (result != null && result.getPrincipal() instanceof AppUser user && user.isEnabled()) {
            cache.put(username, password, user);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
