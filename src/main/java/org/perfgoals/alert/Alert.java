package org.perfgoals.alert;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.perfgoals.base.AbstractEntity;

/** A signal that someone must see, explain and close. Its events keep the whole history. */
@Entity
@Table(name = "alert")
public class Alert extends AbstractEntity {

    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    @Column(name = "alert_type", nullable = false)
    private AlertType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertStatus status = AlertStatus.OPEN;
    @Column(nullable = false)
    private long projectId;
    @Column(nullable = false)
    private String projectName;
    /** The organisation (申报单位); the column keeps its older name, department. */
    @Column(name = "department", nullable = false)
    private String unit;
    private Long indicatorId;
    private String subjectName;
    @Column(name = "period_year", nullable = false)
    private int year;
    @Column(name = "period_month", nullable = false)
    private int month;
    private String targetText;
    private String actualText;
    @Column(nullable = false)
    private Instant raisedAt;
    @Column(nullable = false)
    private Instant updatedAt;
    private boolean demo;

    @ElementCollection
    @CollectionTable(name = "alert_event", joinColumns = @JoinColumn(name = "alert_id"))
    @OrderColumn(name = "sort_order")
    private List<AlertEvent> events = new ArrayList<>();

    protected Alert() {
    }

    Alert(AlertType type, AlertSubject subject, int year, int month, String targetText, String actualText,
          String actor, Instant at) {
        this.type = type;
        this.projectId = subject.projectId();
        this.projectName = subject.projectName();
        this.unit = subject.unit();
        this.indicatorId = subject.indicatorId();
        this.subjectName = subject.subjectName();
        this.year = year;
        this.month = month;
        this.targetText = targetText;
        this.actualText = actualText;
        this.raisedAt = at;
        this.updatedAt = at;
        events.add(new AlertEvent(AlertAction.RAISED, actor, at, null));
    }

    void update(String targetText, String actualText, String actor, Instant at) {
        if (java.util.Objects.equals(this.actualText, actualText)
                && java.util.Objects.equals(this.targetText, targetText)) {
            return;
        }
        this.targetText = targetText;
        this.actualText = actualText;
        this.updatedAt = at;
        events.add(new AlertEvent(AlertAction.UPDATED, actor, at, actualText));
    }

    void acknowledge(String actor, Instant at, String comment) {
        requireActive();
        status = AlertStatus.ACKNOWLEDGED;
        record(AlertAction.ACKNOWLEDGED, actor, at, comment);
    }

    void resolve(String actor, Instant at, String comment) {
        requireActive();
        status = AlertStatus.RESOLVED;
        record(AlertAction.RESOLVED, actor, at, comment);
    }

    void resolveAutomatically(Instant at, String comment) {
        status = AlertStatus.RESOLVED;
        record(AlertAction.AUTO_RESOLVED, "system", at, comment);
    }

    private void record(AlertAction action, String actor, Instant at, String comment) {
        updatedAt = at;
        events.add(new AlertEvent(action, actor, at, comment));
    }

    private void requireActive() {
        if (!status.isActive()) {
            throw new AlertResolvedException(getId());
        }
    }

    void markDemo() {
        demo = true;
    }

    public long getVersion() { return version; }
    public AlertType getType() { return type; }
    public AlertStatus getStatus() { return status; }
    public long getProjectId() { return projectId; }
    public String getProjectName() { return projectName; }
    public String getUnit() { return unit; }
    public Long getIndicatorId() { return indicatorId; }
    public String getSubjectName() { return subjectName; }
    public int getYear() { return year; }
    public int getMonth() { return month; }
    public String getTargetText() { return targetText; }
    public String getActualText() { return actualText; }
    public Instant getRaisedAt() { return raisedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public boolean isDemo() { return demo; }
    public List<AlertEvent> getEvents() { return events; }
}
