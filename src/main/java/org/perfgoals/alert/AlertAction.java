package org.perfgoals.alert;

/** What happened to an alert in one step of its life. */
public enum AlertAction { RAISED, UPDATED, ACKNOWLEDGED, RESOLVED, AUTO_RESOLVED }
