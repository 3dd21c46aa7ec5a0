package org.perfgoals.monitoring.domain;

/** 偏差原因: the categories of the national monitoring form, explained further by a text. */
public enum DeviationCause {
    /** 经费保障 */
    FUNDING,
    /** 制度保障 */
    RULES,
    /** 人员保障 */
    STAFF,
    /** 硬件条件保障 */
    HARDWARE,
    /** 其他 */
    OTHER
}
