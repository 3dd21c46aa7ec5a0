package org.perfgoals.project;

/** A project's id with its unit, enough to decide whether the reader may see it before anything else is loaded. */
public record ProjectRef(long id, String unit) {
}
