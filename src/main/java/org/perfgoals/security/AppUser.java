package org.perfgoals.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.jspecify.annotations.Nullable;

/** A signed-in person: besides the usual details, the unit (申报单位) they belong to, if any. */
public class AppUser extends User {

    private final String unit;
    private final Set<Role> roles;

    public AppUser(String username, String password, String unit, Set<Role> roles) {
        super(username, password, authorities(roles));
        this.unit = unit;
        this.roles = Set.copyOf(roles);
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

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
