package org.perfgoals.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.jspecify.annotations.Nullable;

/** A signed-in person: besides the usual details, the unit (申报单位) they belong to, if any. */
public class AppUser extends User {

    private final @Nullable String unit;
    private final Set<Role> roles;
    private final boolean mustChangePassword;

    public AppUser(String username, String password, @Nullable String unit, Set<Role> roles) {
        this(username, password, unit, roles, true, false);
    }

    /**
     * A stored user as loaded for a login: disabled users are refused by Spring Security before their password is
     * checked; {@code mustChangePassword} users get in, but only as far as changing it.
     */
    public AppUser(String username, String password, @Nullable String unit, Set<Role> roles, boolean enabled,
                   boolean mustChangePassword) {
        super(username, password, enabled, true, true, true, authorities(roles));
        this.unit = unit;
        this.roles = Set.copyOf(roles);
        this.mustChangePassword = mustChangePassword;
    }

    private static Collection<? extends GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    /** The unit whose projects this person works on; null for people who see all units (admin, leader). */
    public @Nullable String getUnit() {
        return unit;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    /** Whether this login may do nothing but change the password (a first or reset password). */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
