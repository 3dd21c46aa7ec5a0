package org.perfgoals.monitoring.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on one row for one period.
 *
 * @param status       the colour
 * @param ratio        the achievement ratio the verdict rests on (4 decimals), null when none applies
 * @param reason       a stable code for the verdict, the key suffix of {@code evaluation.reason.<code>}
 * @param partStatuses the colour of each part of a compound target in the target's order; empty otherwise
 */
public record Evaluation(Status status, @Nullable BigDecimal ratio, String reason, Map<String, Status> partStatuses) {

    public Evaluation {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        partStatuses = partStatuses == null || partStatuses.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(partStatuses));
    }

    static Evaluation of(Status status, BigDecimal ratio, String reason) {
        return new Evaluation(status, ratio, reason, Map.of());
    }

    static Evaluation of(Status status, String reason) {
        return new Evaluation(status, null, reason, Map.of());
    }

    /** The same evaluation overruled to red: the reporter says the target cannot be reached. */
    Evaluation impossible() {
        return new Evaluation(Status.RED, ratio, Reasons.IMPOSSIBLE, partStatuses);
    }
}
