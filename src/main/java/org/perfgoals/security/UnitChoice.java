package org.perfgoals.security;

/** A unit as a picker offers it: its id, its name and how deep it stands in the tree (0 at the top). */
public record UnitChoice(long id, String name, int depth) {
}
