package org.perfgoals.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The person behind the current request, from Spring Security's context. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy contexts;

    /** The strategy the method security of this application context uses, so both always agree. */
    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The current authentication itself, null when there is none. */
    @Nullable Authentication authentication() {
        return contexts.getContext().getAuthentication();
    }

    public Optional<AppUser> get() {
        Authentication authentication = authentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Whether the current authentication holds the role (the system acting at start-up holds ADMIN). */
    public boolean hasRole(Role role) {
        Authentication authentication = authentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(role.authority()));
    }

    /** The unit of the signed-in person, if they belong to one. */
    public Optional<String> unit() {
        return get().map(AppUser::getUnit);
    }

    public String username() {
        Authentication authentication = authentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
