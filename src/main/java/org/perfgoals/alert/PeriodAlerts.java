package org.perfgoals.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The active alerts of one project in one period, read in one query: a save judges every row of the sheet and
 * raises or resolves two kinds of alert per row, plus the budget's, which one query per row and kind made some forty
 * queries a save. Holds managed entities of the caller's transaction; use it within that transaction only.
 */
public final class PeriodAlerts {

    private final long projectId;
    private final int year;
    private final int month;
    private final List<Alert> alerts;

    PeriodAlerts(long projectId, int year, int month, List<Alert> active) {
        this.projectId = projectId;
        this.year = year;
        this.month = month;
        this.alerts = new ArrayList<>(active);
    }

    /** The still active alerts of that kind about that subject (status not resolved). */
    List<Alert> active(AlertType type, AlertSubject subject) {
        if (subject.projectId() != projectId) {
            throw new IllegalArgumentException("an alert of project " + subject.projectId() + " among those of "
                    + projectId);
        }
        return alerts.stream().filter(alert -> alert.getType() == type && alert.getStatus().isActive()
                && Objects.equals(alert.getIndicatorId(), subject.indicatorId())
                && Objects.equals(alert.getSubjectName(), subject.subjectName())).toList();
    }

    /** An alert raised after the read, so that the same sync finds it. */
    void added(Alert alert) {
        alerts.add(alert);
    }

    int year() {
        return year;
    }

    int month() {
        return month;
    }
}
