package org.perfgoals.security.user;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.perfgoals.security.Role;

/** A stored user as the views and the API read it: no password hash. */
public record UserRecord(long id, String username, String displayName, @Nullable String email, @Nullable String unit,
                         Set<Role> roles, boolean enabled, boolean mustChangePassword, @Nullable String language,
                         @Nullable Instant lastLoginAt) {

    static UserRecord of(UserAccount account) {
        return new UserRecord(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
                account.getUnit(), account.getRoles(), account.isEnabled(), account.isMustChangePassword(),
                account.getLanguage(), account.getLastLoginAt());
    }
}
