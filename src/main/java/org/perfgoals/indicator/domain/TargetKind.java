package org.perfgoals.indicator.domain;

public enum TargetKind {
    QUANTITATIVE,
    COMPOUND,
    QUALITATIVE,
    RELATIVE,
    DEADLINE
}
