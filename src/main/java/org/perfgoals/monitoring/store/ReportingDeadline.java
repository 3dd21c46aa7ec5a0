package org.perfgoals.monitoring.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.perfgoals.base.AbstractEntity;
import org.perfgoals.monitoring.domain.ReportingCalendar;

/** A due day an admin set in the reporting calendar: for a quarter, or an extra round of the year. */
@Entity
@Table(name = "reporting_deadline")
public class ReportingDeadline extends AbstractEntity {

    @Version
    private long version;
    @Column(name = "period_year", nullable = false)
    private int year;
    @Column(name = "period_month", nullable = false)
    private int month;
    @Column(name = "due_date", nullable = false)
    private LocalDate due;
    @Column(name = "extra_round", nullable = false)
    private boolean extra;
    @Column(nullable = false)
    private String updatedBy;
    @Column(nullable = false)
    private Instant updatedAt;

    protected ReportingDeadline() {
        // for JPA
        this.due = LocalDate.EPOCH;
        this.updatedBy = "";
        this.updatedAt = Instant.EPOCH;
    }

    public ReportingDeadline(int year, int month, LocalDate due, boolean extra, String updatedBy, Instant updatedAt) {
        this.year = year;
        this.month = month;
        this.due = due;
        this.extra = extra;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public void moveTo(LocalDate newDue, String by, Instant at) {
        this.due = newDue;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public int getYear() {
        return year;
    }

    public int getMonth() {
        return month;
    }

    public LocalDate getDue() {
        return due;
    }

    public boolean isExtra() {
        return extra;
    }

    public ReportingCalendar.Entry entry() {
        return new ReportingCalendar.Entry(month, due, extra);
    }
}
