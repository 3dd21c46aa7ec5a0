package org.perfgoals.indicator.domain;

/** Which direction of the actual value is good; it follows from the comparator. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    CLOSER_IS_BETTER
}
