package org.perfgoals.base;

/**
 * How far the stored figures have changed, as every node of a cluster sees it: a number that moves on after each
 * committed {@link DataChangedEvent}, on whichever node it happened. A cache of derived figures remembers the
 * number it was filled at and forgets its entries when the number differs.
 */
@FunctionalInterface
public interface DataVersion {

    long current();
}
