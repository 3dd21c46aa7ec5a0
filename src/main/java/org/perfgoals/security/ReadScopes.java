package org.perfgoals.security;

import org.springframework.stereotype.Component;

/**
 * Works out the current person's {@link ReadScope}: admins read everything; staff and managers their own unit and
 * the units below it; leaders the units below their own, so a leader at the top of the tree (or without a unit)
 * reads everything. Anyone else reads nothing.
 */
@Component
public class ReadScopes {

    private final CurrentUser currentUser;
    private final UnitHierarchy hierarchy;

    ReadScopes(CurrentUser currentUser, UnitHierarchy hierarchy) {
        this.currentUser = currentUser;
        this.hierarchy = hierarchy;
    }

    public ReadScope current() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return new ReadScope.Everything();
        }
        var unit = currentUser.unit();
        if (currentUser.hasRole(Role.LEADER)) {
            return unit.<ReadScope>map(name -> new ReadScope.Units(hierarchy.unitAndBelow(name)))
                    .orElseGet(ReadScope.Everything::new);
        }
        if (currentUser.hasRole(Role.MANAGER) || currentUser.hasRole(Role.STAFF)) {
            return new ReadScope.Units(unit.map(hierarchy::unitAndBelow).orElse(java.util.Set.of()));
        }
        return new ReadScope.Units(java.util.Set.of());
    }
}
