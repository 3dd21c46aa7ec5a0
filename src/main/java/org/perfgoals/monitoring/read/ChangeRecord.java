package org.perfgoals.monitoring.read;

import java.time.Instant;

/** One change of one stored field, as the history shows it: what, who, when, old and new. */
public record ChangeRecord(ChangeSubject subject, long subjectId, String field, String oldValue, String newValue,
                           String changedBy, Instant changedAt, long reportVersion) {
}
