package org.perfgoals.notification.domain;

/**
 * What a notification tells, and so who receives it (the roles are those of the project's unit, see
 * {@code NotificationScan}). Each event has its own preference: in the app, by e-mail, or both.
 */
public enum NotificationEvent {
    /** A round of the reporting calendar is due in a few days and not submitted: the unit's STAFF. */
    DUE_SOON,
    /** A round is overdue (DATA_OVERDUE raised): the unit's STAFF and MANAGER. */
    OVERDUE,
    /** A quarter was submitted for review: the unit's MANAGER. */
    SUBMITTED,
    /** A quarter was returned with a comment: the STAFF who submitted it. */
    RETURNED,
    /** An indicator missed its target (TARGET_MISSED opened): the unit's MANAGER. */
    TARGET_MISSED,
    /** A sub-item spent more than its budget (OVER_BUDGET opened): the unit's MANAGER. */
    OVER_BUDGET,
    /** The week in short (projects turned red, overdue units, execution behind time): every LEADER. */
    WEEKLY_DIGEST
}
