package org.perfgoals.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One step in an alert's life: who did what, when, with which comment. */
@Embeddable
public class AlertEvent {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertAction action;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private Instant happenedAt;
    private String comment;

    protected AlertEvent() {
    }

    AlertEvent(AlertAction action, String actor, Instant happenedAt, String comment) {
        this.action = action;
        this.actor = actor;
        this.happenedAt = happenedAt;
        this.comment = comment;
    }

    public AlertAction getAction() { return action; }
    public String getActor() { return actor; }
    public Instant getHappenedAt() { return happenedAt; }
    public String getComment() { return comment; }
}
