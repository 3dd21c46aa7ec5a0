package org.perfgoals.monitoring.read;

/** Where a project's period report stands: staff edit a draft, submit it, a manager approves or returns it. */
public enum ReportState {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** Staff may change values only while the report is with them. */
    public boolean editableByStaff() {
        return this == DRAFT || this == RETURNED;
    }
}
