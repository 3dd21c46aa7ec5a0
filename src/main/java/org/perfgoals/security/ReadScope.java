package org.perfgoals.security;

import java.util.Set;

/**
 * The units whose data the signed-in person may read: everything (admins, a leader at the top of the tree, the
 * system at start-up) or a closed set of unit names. Queries filter by it; a record outside it reads as missing.
 */
public sealed interface ReadScope {

    boolean includes(String unitName);

    /** Every unit, with no filter in queries. */
    record Everything() implements ReadScope {
        @Override
        public boolean includes(String unitName) {
            return true;
        }
    }

    /** Only these units (possibly none: a user without a unit reads nothing). */
    record Units(Set<String> names) implements ReadScope {
        public Units {
            names = Set.copyOf(names);
        }

        @Override
        public boolean includes(String unitName) {
            return names.contains(unitName);
        }
    }
}
