package org.perfgoals.alert;

/** Why an alert was raised. */
public enum AlertType {
    /** An indicator's value missed its target (RED). */
    TARGET_MISSED,
    /** An indicator is behind (YELLOW), or behind with completion only "possible". */
    TARGET_AT_RISK,
    /** Budget execution lags behind time progress. */
    BUDGET_BEHIND_TIME,
    /** A sub-item spent more than its budget. */
    OVER_BUDGET,
    /** A period was not submitted some days after it ended. */
    DATA_OVERDUE
}
