package org.perfgoals.unit;

import org.jspecify.annotations.Nullable;

/**
 * A unit as views and the REST API show it: where it stands in the tree (parent, depth in listing order) and how
 * much names it (projects, users), which an admin weighs before merging.
 */
public record UnitRecord(long id, String name, @Nullable Long parentId, @Nullable String parentName, int depth,
                         long projects, long users) {
}
