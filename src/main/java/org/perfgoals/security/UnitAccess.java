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

    public boolean canWrite(String unit) {
        return currentUser.hasRole(Role.ADMIN)
                || ((currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.STAFF)) && ownsUnit(unit));
    }

    /** Managers of the unit and admins review reports and close alerts. */
    public boolean canReview(String unit) {
        return currentUser.hasRole(Role.ADMIN) || (currentUser.hasRole(Role.MANAGER) && ownsUnit(unit));
    }

    private boolean ownsUnit(String unit) {
        return currentUser.unit().filter(own -> own.equals(unit)).isPresent();
    }

    public void requireWrite(String unit) {
        if (!canWrite(unit)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    currentUser.username() + " may not change data of " + unit);
        }
    }

    public void requireReview(String unit) {
        if (!canReview(unit)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    currentUser.username() + " may not review data of " + unit);
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
