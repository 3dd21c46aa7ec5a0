package org.perfgoals.monitoring.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.ReportState;

/**
 * One project's report for one period: its workflow state, and the version that every save of the period's values
 * increments, so two people editing the same quarter cannot overwrite each other.
 */
@Entity
@Table(name = "period_report")
public class PeriodReport extends PeriodRecord {

    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportState state = ReportState.DRAFT;
    private String executionReason;
    private String submittedBy;
    private Instant submittedAt;
    private String reviewedBy;
    private Instant reviewedAt;
    private String reviewComment;

    protected PeriodReport() {
    }

    public PeriodReport(long projectId, Period period) {
        super(projectId, period);
    }

    public long getVersion() { return version; }
    public ReportState getState() { return state; }
    public String getExecutionReason() { return executionReason; }
    public void setExecutionReason(String executionReason) { this.executionReason = executionReason; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewComment() { return reviewComment; }

    public void submit(String by, Instant at) {
        state = ReportState.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        touch(by, at);
    }

    public void approve(String by, Instant at, String comment) {
        state = ReportState.APPROVED;
        review(by, at, comment);
    }

    public void returnToStaff(String by, Instant at, String comment) {
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
