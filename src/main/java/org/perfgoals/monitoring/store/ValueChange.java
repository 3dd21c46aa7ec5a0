package org.perfgoals.monitoring.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.perfgoals.base.AbstractEntity;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.ChangeSubject;

/** One change of one stored field: who, when, old and new. Never updated, never deleted. */
@Entity
@Table(name = "value_change")
public class ValueChange extends AbstractEntity {

    @Column(nullable = false)
    private long projectId;
    @Column(name = "period_year", nullable = false)
    private int year;
    @Column(name = "period_month", nullable = false)
    private int month;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeSubject subjectType;
    @Column(nullable = false)
    private long subjectId;
    @Column(nullable = false)
    private String field;
    private String oldValue;
    private String newValue;
    @Column(nullable = false)
    private String changedBy;
    @Column(nullable = false)
    private Instant changedAt;
    @Column(nullable = false)
    private long reportVersion;

    protected ValueChange() {
    }

    public ValueChange(long projectId, Period period, ChangeSubject subjectType, long subjectId, String field,
                       String oldValue, String newValue, String changedBy, Instant changedAt, long reportVersion) {
        this.projectId = projectId;
        this.year = period.year();
        this.month = period.endMonth();
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reportVersion = reportVersion;
    }

    public long getProjectId() { return projectId; }
    public Period getPeriod() { return new Period(year, month); }
    public ChangeSubject getSubjectType() { return subjectType; }
    public long getSubjectId() { return subjectId; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public long getReportVersion() { return reportVersion; }
}
