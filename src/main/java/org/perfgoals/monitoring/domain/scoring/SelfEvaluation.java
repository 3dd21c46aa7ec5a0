package org.perfgoals.monitoring.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of a year-end self-evaluation (绩效自评).
 *
 * @param total            0..100, 1 decimal HALF_UP; null when nothing is scorable yet (no line applies, or the
 *                         applicable lines weigh 0) — a 0 would read as a failed project
 * @param grade            the grade of {@code total}; null exactly when {@code total} is
 * @param breakdown        per 一级 in first-seen order; empty when {@code total} is null
 * @param applicableWeight the points of the lines that apply, before rescaling (4 decimals): 100 when every
 *                         indicator applies, less when some were dropped, so the screen can say how much was scored
 */
public record SelfEvaluation(@Nullable BigDecimal total, @Nullable Grade grade, List<Level1Score> breakdown,
        BigDecimal applicableWeight) {

    public SelfEvaluation {
        breakdown = List.copyOf(breakdown);
        Objects.requireNonNull(applicableWeight, "applicableWeight");
        if ((total == null) != (grade == null)) {
            throw new IllegalArgumentException("a total needs its grade, and no total no grade");
        }
    }

    /** Nothing to score yet: no total, no grade, no breakdown. */
    static SelfEvaluation notScorable(BigDecimal applicableWeight) {
        return new SelfEvaluation(null, null, List.of(), applicableWeight);
    }

    /** Whether there is a total at all. */
    public boolean scorable() {
        return total != null;
    }
}
