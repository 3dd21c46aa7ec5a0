package org.perfgoals.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The API's authentication: a credential verified a moment ago is taken from the {@link CredentialCache}, anything
 * else is checked in full by the usual provider (lookup, lock check, password hash) and cached when it succeeds.
 * A hit still reads the stored user (one query, no hash) through the application's {@link UserDetailsService},
 * which asks {@link LoginAttempts} first, so a held-back address or a lock is refused exactly as before. It is
 * served only while the user is enabled and the password hash is the one the credential was verified against, with
 * the roles and unit stored now: a password change, reset or disable on another node holds here at the next request.
 */
final class CachingBasicAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider checked;
    private final CredentialCache cache;
    private final UserDetailsService users;

    CachingBasicAuthentication(AuthenticationProvider checked, CredentialCache cache, UserDetailsService users) {
        this.checked = checked;
        this.cache = cache;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (!(authentication.getCredentials() instanceof String password)) {
            return checked.authenticate(authentication);
        }
        String verifiedHash = cache.get(username, password);
        if (verifiedHash != null) {
            // The service is wrapped by LockingUserDetails: a locked name or held-back address comes back as a
            // plain locked User, not an AppUser, and so goes to the full check, which refuses it.
            AppUser current = stored(username);
            if (current != null && current.isEnabled() && verifiedHash.equals(current.getPassword())) {
                return new CredentialCache.Cached(current);
            }
            cache.evict(username);
        }
        Authentication result = checked.authenticate(authentication);
        if (result != null && result.getPrincipal() instanceof AppUser user && user.isEnabled()
                && user.getPassword() != null) {
            cache.put(username, password, user.getPassword());
        }
        return result;
    }

    /** The user as stored now: one query, read on every hit so that another node's change counts at once. */
    private @Nullable AppUser stored(String username) {
        try {
            return users.loadUserByUsername(username) instanceof AppUser user ? user : null;
        } catch (UsernameNotFoundException gone) {
            return null;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
