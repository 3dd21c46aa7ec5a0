package org.perfgoals.monitoring.read;

import java.time.Instant;

/**
 * A period's report as read: its workflow state, the version every save increments, the year-end execution reason,
 * who submitted and reviewed it and when, the review's comment, and who changed it last.
 */
public record ReportRecord(long version, ReportState state, String executionReason, String submittedBy,
                           Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewComment,
                           String updatedBy, Instant updatedAt, boolean demo) {
}
