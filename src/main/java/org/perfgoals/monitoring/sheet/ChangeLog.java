package org.perfgoals.monitoring.sheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.perfgoals.monitoring.store.ValueChange;

/**
 * Collects the changes of one save, field by field, so that every stored value keeps its history. Values are kept
 * as text; numbers without trailing zeros so 80 and 80.00 are no change.
 */
public final class ChangeLog {

    private final long projectId;
    private final Period period;
    private final String by;
    private final Instant at;
    private final long reportVersion;
    private final List<ValueChange> changes = new ArrayList<>();

    public ChangeLog(long projectId, Period period, String by, Instant at, long reportVersion) {
        this.projectId = projectId;
        this.period = period;
        this.by = by;
        this.at = at;
        this.reportVersion = reportVersion;
    }

    public void record(ChangeSubject subject, long subjectId, String field, Object oldValue, Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (!Objects.equals(before, after)) {
            changes.add(new ValueChange(projectId, period, subject, subjectId, field, before, after, by, at,
                    reportVersion));
        }
    }

    public List<ValueChange> changes() {
        return changes;
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            BigDecimal stripped = number.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        String text = value.toString();
        return text.isBlank() ? null : text;
    }
}
