package org.perfgoals.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.perfgoals.base.AbstractEntity;
import org.perfgoals.monitoring.domain.Period;

/**
 * One project's report for one period: its workflow state, and the version that every save of the period's values
 * increments, so two people editing the same quarter cannot overwrite each other.
 */
@Entity
@Table(name = "period_report")
public class PeriodReport extends AbstractEntity {

    @Version
    private long version;
    @Column(nullable = false)
    private long projectId;
    @Column(name = "period_year", nullable = false)
    private int year;
    @Column(name = "period_month", nullable = false)
    private int month;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportState state = ReportState.DRAFT;
    private String executionReason;
    private String updatedBy;
    private Instant updatedAt;
    private String submittedBy;
    private Instant submittedAt;
    private String reviewedBy;
    private Instant reviewedAt;
    private String reviewComment;
    private boolean demo;

    protected PeriodReport() {
    }

    public PeriodReport(long projectId, Period period) {
        this.projectId = projectId;
        this.year = period.year();
        this.month = period.endMonth();
    }

    public long getVersion() { return version; }
    public long getProjectId() { return projectId; }
    public Period getPeriod() { return new Period(year, month); }
    public ReportState getState() { return state; }
    public String getExecutionReason() { return executionReason; }
    public void setExecutionReason(String executionReason) { this.executionReason = executionReason; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewComment() { return reviewComment; }
    public boolean isDemo() { return demo; }
    public void markDemo() { this.demo = true; }

    /** Records a save; the version increments on flush because the entity changed. */
    void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void submit(String by, Instant at) {
        state = ReportState.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        touch(by, at);
    }

    void approve(String by, Instant at, String comment) {
        state = ReportState.APPROVED;
        review(by, at, comment);
    }

    void returnToStaff(String by, Instant at, String comment) {
        state = ReportState.RETURNED;
        review(by, at, comment);
    }

    private void review(String by, Instant at, String comment) {
        reviewedBy = by;
        reviewedAt = at;
        reviewComment = comment;
        touch(by, at);
    }
}
