package org.perfgoals.monitoring.domain;

/** 完成目标可能性: how likely the reporter thinks the full-year target is. */
public enum Likelihood {
    /** 确定能 */
    CERTAIN,
    /** 有可能 */
    POSSIBLE,
    /** 完全不可能: makes the row red whatever the value says. */
    IMPOSSIBLE
}
