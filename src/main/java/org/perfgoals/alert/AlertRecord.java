package org.perfgoals.alert;

import java.time.Instant;
import java.util.List;

/**
 * An alert as the alert centre, the project pages, the dashboard and the REST API read it: a plain value with its
 * whole history, read in the transaction that loaded it.
 *
 * @param unit        the organisation the alert's project belongs to ({@code department} in the table and on the wire)
 * @param indicatorId the indicator, or null for an alert about a budget sub-item or the whole project
 * @param month       the last month of the period the alert is about
 */
public record AlertRecord(long id, AlertType type, AlertStatus status, long projectId, String projectName,
                          String unit, Long indicatorId, String subjectName, int year, int month, String targetText,
                          String actualText, Instant raisedAt, Instant updatedAt, boolean demo,
                          List<AlertEventRecord> events) {

    public AlertRecord {
        events = List.copyOf(events);
    }

    static AlertRecord of(Alert alert) {
        return new AlertRecord(alert.getId(), alert.getType(), alert.getStatus(), alert.getProjectId(),
                alert.getProjectName(), alert.getUnit(), alert.getIndicatorId(), alert.getSubjectName(),
                alert.getYear(), alert.getMonth(), alert.getTargetText(), alert.getActualText(), alert.getRaisedAt(),
                alert.getUpdatedAt(), alert.isDemo(), alert.getEvents().stream().map(AlertEventRecord::of).toList());
    }

    /** The quarter the alert is about when its period ends a quarter, else null. */
    public Integer quarter() {
        return month % 3 == 0 ? month / 3 : null;
    }
}
