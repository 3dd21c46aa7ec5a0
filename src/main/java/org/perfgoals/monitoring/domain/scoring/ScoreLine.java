package org.perfgoals.monitoring.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One indicator's contribution to the self-evaluation: its weight in points and the share of them it earned. The
 * budget-execution row (预算执行率) enters as a line like any other, with {@link IndicatorScore#budgetExecutionFraction}
 * as its fraction.
 *
 * @param level1   一级 the line is reported under; null or blank → {@value WeightKey#UNGRADED_LEVEL1}
 * @param weight   points, ≥ 0
 * @param fraction share of the weight earned, in [0, 1]; null when the indicator does not apply
 */
public record ScoreLine(long indicatorId, String level1, BigDecimal weight, @Nullable BigDecimal fraction) {

    public ScoreLine {
        level1 = new WeightKey(level1, null, indicatorId).level1();
        Objects.requireNonNull(weight, "weight");
        if (weight.signum() < 0) {
            throw new IllegalArgumentException("negative weight for indicator " + indicatorId + ": " + weight);
        }
        if (fraction != null && (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("fraction outside [0, 1] for indicator " + indicatorId + ": "
                    + fraction);
        }
    }

    /** Whether the line counts: an indicator that does not apply is dropped and the total rescaled. */
    public boolean applies() {
        return fraction != null;
    }
}
