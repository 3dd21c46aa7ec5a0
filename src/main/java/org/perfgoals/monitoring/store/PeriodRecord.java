package org.perfgoals.monitoring.store;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.perfgoals.base.AbstractEntity;
import org.perfgoals.monitoring.domain.Period;

/**
 * What every stored monitoring record has: its project and period (year and last month), who changed it last and
 * when, and whether the demo data wrote it.
 */
@MappedSuperclass
public abstract class PeriodRecord extends AbstractEntity {

    @Column(nullable = false)
    private long projectId;
    @Column(name = "period_year", nullable = false)
    private int year;
    @Column(name = "period_month", nullable = false)
    private int month;
    private String updatedBy;
    private Instant updatedAt;
    private boolean demo;

    protected PeriodRecord() {
    }

    protected PeriodRecord(long projectId, Period period) {
        this.projectId = projectId;
        this.year = period.year();
        this.month = period.endMonth();
    }

    public long getProjectId() { return projectId; }
    public Period getPeriod() { return new Period(year, month); }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public boolean isDemo() { return demo; }
    public void markDemo() { this.demo = true; }

    /** Records a change; an entity with a version increments it on flush because it changed. */
    public void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
