package org.perfgoals.security;

import org.springframework.stereotype.Component;

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
        return currentUser.get().map(user -> user.hasRole(Role.ADMIN)
                || ((user.hasRole(Role.MANAGER) || user.hasRole(Role.STAFF))
                && user.getUnit() != null && user.getUnit().equals(department))).orElse(false);
    }

    /** Managers of the unit and admins review reports and close alerts. */
    public boolean canReview(String department) {
        return currentUser.get().map(user -> user.hasRole(Role.ADMIN)
                || (user.hasRole(Role.MANAGER) && user.getUnit() != null && user.getUnit().equals(department)))
                .orElse(false);
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
    public String ownUnit() {
        return currentUser.get().filter(user -> !user.hasRole(Role.ADMIN) && !user.hasRole(Role.LEADER))
                .map(AppUser::getUnit).orElse(null);
    }
}
