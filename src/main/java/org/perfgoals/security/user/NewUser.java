package org.perfgoals.security.user;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.perfgoals.security.Role;

/** Who is to be created: the user name is stored in lower case; the unit by name, as projects hold it for now. */
public record NewUser(String username, String displayName, @Nullable String email, @Nullable String unit,
                      Set<Role> roles) {

    public NewUser {
        if (username.isBlank() || roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs a name and a role");
        }
        roles = Set.copyOf(roles);
    }
}
