package org.perfgoals.security;

import java.util.Set;

/** The unit tree as access rules need it: a unit's own name and the names of every unit below it. */
public interface UnitHierarchy {

    /** The unit itself and all its descendants; just the name when the unit is not (yet) stored. */
    Set<String> unitAndBelow(String unitName);

    /** The descendants only, without the unit itself. */
    default Set<String> below(String unitName) {
        Set<String> all = new java.util.HashSet<>(unitAndBelow(unitName));
        all.remove(unitName);
        return Set.copyOf(all);
    }
}
