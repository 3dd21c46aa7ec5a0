package org.perfgoals.security;

import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change a unit's data. Admins everywhere. Staff and managers enter values of their own unit only. A
 * manager manages their own unit and every unit below it: reviews quarters, closes alerts, sets judging and weights,
 * imports forms (a competent department's manager thus reviews its budget units). Leaders read, never write.
 * Services ask before they write.
 */
@Component
public class UnitAccess {

    private final CurrentUser currentUser;
    private final UnitHierarchy hierarchy;

    UnitAccess(CurrentUser currentUser, UnitHierarchy hierarchy) {
        this.currentUser = currentUser;
        this.hierarchy = hierarchy;
    }

    public boolean canWrite(String unit) {
        return currentUser.hasRole(Role.ADMIN)
                || ((currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.STAFF)) && ownsUnit(unit));
    }

    /** Managers of the unit or of a unit above it, and admins, review reports, close alerts and import. */
    public boolean canReview(String unit) {
        return reviewable().test(unit);
    }

    /** {@link #canReview} for many units at once (an import's forms): the tree is read once, not once a unit. */
    public Predicate<String> reviewable() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return unit -> true;
        }
        if (!currentUser.hasRole(Role.MANAGER)) {
            return unit -> false;
        }
        Set<String> managed = currentUser.unit().map(hierarchy::unitAndBelow).orElse(Set.of());
        return managed::contains;
    }

    private boolean ownsUnit(String unit) {
        return currentUser.unit().filter(own -> own.equals(unit)).isPresent();
    }

    public void requireWrite(String unit) {
        if (!canWrite(unit)) {
            throw new AccessDeniedException(currentUser.username() + " may not change data of " + unit);
        }
    }

    public void requireReview(String unit) {
        if (!canReview(unit)) {
            throw new AccessDeniedException(currentUser.username() + " may not review data of " + unit);
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
