package org.perfgoals.alert;

/** OPEN → ACKNOWLEDGED → RESOLVED; an alert is never deleted. */
public enum AlertStatus {
    OPEN, ACKNOWLEDGED, RESOLVED;

    public boolean isActive() {
        return this != RESOLVED;
    }
}
