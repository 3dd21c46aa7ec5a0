package org.perfgoals.alert;

import java.time.Instant;

/** One step in an alert's life, as read: who did what, when, with which comment (null when none was given). */
public record AlertEventRecord(AlertAction action, String actor, Instant happenedAt, String comment) {

    static AlertEventRecord of(AlertEvent event) {
        return new AlertEventRecord(event.getAction(), event.getActor(), event.getHappenedAt(), event.getComment());
    }
}
