package org.perfgoals.base;

/**
 * Published after stored figures changed (values, spending, alerts, weights, imported or generated projects), so
 * that derived views such as the cached overview are recomputed. It carries nothing: its one listener forgets all
 * it derived, whatever changed.
 */
public record DataChangedEvent() {
}
