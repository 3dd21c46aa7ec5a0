package org.perfgoals.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The unit tree as access rules and user administration need it, implemented by the unit feature (so that security
 * does not depend on it): a unit's own name and the names of every unit below it, and lookups by id and name.
 */
public interface UnitHierarchy {

    /** The unit itself and all its descendants; just the name when the unit is not stored. */
    Set<String> unitAndBelow(String unitName);

    Optional<String> nameOf(long unitId);

    boolean exists(String unitName);

    /** Every unit in tree order (parents before their children, siblings by pinyin), for the pickers of admins. */
    List<UnitChoice> choices();

    /** Every unit's id by its name, read at once (for lists of users). */
    java.util.Map<String, Long> idsByName();
}
