package org.perfgoals.base;

/**
 * Published after stored figures changed (values, spending, alerts, imported projects), so that derived views
 * such as the cached overview are recomputed.
 */
public record DataChangedEvent(String what) {
}
