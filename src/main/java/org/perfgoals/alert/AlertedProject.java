package org.perfgoals.alert;

/** A project that has alerts, as the alerts name it. */
public record AlertedProject(long projectId, String projectName) {
}
