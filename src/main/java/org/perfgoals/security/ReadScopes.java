package org.perfgoals.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Works out the current person's {@link ReadScope}: admins read everything; staff and managers their own unit and
 * the units below it; leaders the units below their own, so a leader at the top of the tree (or without a unit)
 * reads everything. Anyone else reads nothing.
 *
 * <p>A unit's subtree is one recursive query; a request asks for the scope several times (the controller, each
 * service it calls, their checks), so the answer is kept for the rest of the request, for the authentication it was
 * worked out for (the system's own work inside a request has another). Nothing is kept beyond the request: another
 * node may change the unit tree at any time.
 */
@Component
public class ReadScopes {

    private static final String KEPT = ReadScopes.class.getName() + ".kept";

    /** The scope worked out in this request, and for whom. */
    private record Kept(Authentication authentication, ReadScope scope) {
    }

    private final CurrentUser currentUser;
    private final UnitHierarchy hierarchy;

    ReadScopes(CurrentUser currentUser, UnitHierarchy hierarchy) {
        this.currentUser = currentUser;
        this.hierarchy = hierarchy;
    }

    public ReadScope current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Authentication authentication = currentUser.authentication();
        if (request == null || authentication == null) {
            return workOut();
        }
        if (request.getAttribute(KEPT, RequestAttributes.SCOPE_REQUEST) instanceof Kept kept
                && kept.authentication() == authentication) {
            return kept.scope();
        }
        ReadScope scope = workOut();
        request.setAttribute(KEPT, new Kept(authentication, scope), RequestAttributes.SCOPE_REQUEST);
        return scope;
    }

    private ReadScope workOut() {
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
