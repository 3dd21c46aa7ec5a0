package org.perfgoals.monitoring;

import java.time.Instant;
import java.util.List;
import org.perfgoals.monitoring.read.ChangeRecord;

/** Someone saved the same period after the editor loaded it: their changes are named, nothing is overwritten. */
public class StaleEditException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;
    private final transient List<ChangeRecord> changes;

    public StaleEditException(String changedBy, Instant changedAt, List<ChangeRecord> changes) {
        super("Changed meanwhile by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.changes = List.copyOf(changes);
    }

    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public List<ChangeRecord> getChanges() { return changes; }
}
