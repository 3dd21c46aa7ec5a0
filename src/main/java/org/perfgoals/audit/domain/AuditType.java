package org.perfgoals.audit.domain;

/**
 * What an audit entry records. Stored by name (never reorder-sensitive); a new kind is added at the end of its group
 * with its two texts {@code audit.type.<NAME>} in both bundles.
 */
public enum AuditType {
    // Logins
    LOGIN,
    LOGIN_FAILED,
    LOCKOUT,
    ADDRESS_HELD_BACK,
    // Users
    USER_CREATED,
    USER_ROLES_CHANGED,
    USER_UNIT_CHANGED,
    USER_ENABLED,
    USER_DISABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    // Units and API tokens (recorded by the unit feature)
    UNIT_CREATED,
    UNIT_RENAMED,
    UNIT_MOVED,
    UNIT_MERGED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    BACKUP_CREATED,
    // Projects and monitoring
    IMPORT,
    WEIGHTS_CHANGED,
    JUDGING_CHANGED,
    REPORT_SUBMITTED,
    REPORT_APPROVED,
    REPORT_RETURNED,
    ALERT_RESOLVED,
    CALENDAR_CHANGED
}
