package org.perfgoals.security;

import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * Who may change a unit's data: admins everywhere, managers and staff only in their own unit, leaders nowhere
 * (they read). Services ask before they write.
 */
@Component
public class UnitAccess {

    private final CurrentUser currentUser;

    UnitAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean canWrite(String department) {
        return currentUser.hasRole(Role.ADMIN)
                || ((currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.STAFF)) && ownsUnit(department));
    }

    /** Managers of the unit and admins review reports and close alerts. */
    public boolean canReview(String department) {
        return currentUser.hasRole(Role.ADMIN) || (currentUser.hasRole(Role.MANAGER) && ownsUnit(department));
    }

    private boolean ownsUnit(String department) {
        return currentUser.unit().filter(unit -> unit.equals(department)).isPresent();
    }

    public void requireWrite(String department) {
        if (!canWrite(department)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    currentUser.username() + " may not change data of " + department);
        }
    }

    public void requireReview(String department) {
        if (!canReview(department)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    currentUser.username() + " may not review data of " + department);
        }
    }

    /** The unit a user is limited to when counting what concerns them; null for people who see every unit. */
    public @Nullable String ownUnit() {
        if (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.LEADER)) {
            return null;
        }
        return currentUser.unit().orElse(null);
    }
}
