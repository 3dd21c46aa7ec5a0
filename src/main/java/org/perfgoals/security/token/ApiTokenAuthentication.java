package org.perfgoals.security.token;

import org.jspecify.annotations.Nullable;
import org.perfgoals.security.AppUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/** A request authenticated by an API token: the token's user as they stand now, and which token it was. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final AppUser user;
    private final long tokenId;

    ApiTokenAuthentication(AppUser user, long tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    /** Whether this authentication came from an API token rather than a password. */
    public static boolean isToken(@Nullable Authentication authentication) {
        return authentication instanceof ApiTokenAuthentication;
    }

    public long tokenId() {
        return tokenId;
    }

    @Override
    public AppUser getPrincipal() {
        return user;
    }

    /** The secret is never kept after the check. */
    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return user.getUsername();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiTokenAuthentication token && token.tokenId == tokenId && super.equals(other);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(tokenId) ^ super.hashCode();
    }
}
