package org.perfgoals.monitoring.domain.scoring;

import static org.perfgoals.monitoring.domain.scoring.IndicatorScore.ONE;
import static org.perfgoals.monitoring.domain.scoring.IndicatorScore.SCALE;
import static org.perfgoals.monitoring.domain.scoring.IndicatorScore.ZERO;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.perfgoals.indicator.domain.Comparator;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;

/**
 * The quantitative rules of {@link IndicatorScore}: a number against a target by the comparator's polarity, and a
 * cumulative target pro-rated to the time progress before year end. Compound parts are scored with the same
 * {@link #againstTarget}.
 */
final class QuantitativeScore {

    private QuantitativeScore() {
    }

    /**
     * The fraction of a quantitative indicator's {@code value}; {@code proRatedTo} is the period whose time progress
     * the target is pro-rated to, or null for the target as it stands.
     */
    static BigDecimal fraction(Target.Quantitative q, Period proRatedTo, BigDecimal value, Status status) {
        if (proRatedTo == null) {
            return IndicatorScore.met(status) ? ONE : againstTarget(q.comparator(), q.value(), value);
        }
        if (q.value().signum() < 0) {
            return againstTarget(q.comparator(), q.value(), value); // pro-rating a negative target means nothing
        }
        BigDecimal dueByNow = q.value().multiply(proRatedTo.timeProgress()).movePointLeft(2);
        return againstTarget(q.comparator(), dueByNow, value);
    }

    /** The fraction of {@code value} against "comparator {@code target}", by the comparator's polarity. */
    static BigDecimal againstTarget(Comparator comparator, BigDecimal target, BigDecimal value) {
        if (target.signum() < 0) {
            return comparator.holds(value, target) ? ONE : ZERO;
        }
        return switch (comparator.polarity()) {
            case HIGHER_IS_BETTER -> higherIsBetter(comparator, target, value);
            case LOWER_IS_BETTER -> lowerIsBetter(target, value);
            case CLOSER_IS_BETTER -> closerIsBetter(target, value);
        };
    }

    private static BigDecimal higherIsBetter(Comparator comparator, BigDecimal target, BigDecimal value) {
        if (target.signum() == 0) {
            // "≥ 0" is met by anything done; "> 0" asks for something, and nothing was done
            boolean met = comparator == Comparator.GT ? value.signum() > 0 : value.signum() >= 0;
            return met ? ONE : ZERO;
        }
        return IndicatorScore.clamp(value.divide(target, SCALE, RoundingMode.HALF_UP));
    }

    private static BigDecimal lowerIsBetter(BigDecimal target, BigDecimal value) {
        if (value.signum() <= 0) {
            return ONE; // nothing used, no complaint, no cost: a ceiling cannot be kept better
        }
        if (target.signum() == 0) {
            return ZERO; // "none at all" and some happened
        }
        return IndicatorScore.clamp(target.divide(value, SCALE, RoundingMode.HALF_UP));
    }

    private static BigDecimal closerIsBetter(BigDecimal target, BigDecimal value) {
        if (target.signum() == 0) {
            return value.signum() == 0 ? ONE : ZERO; // no scale to measure a miss of "about 0" by
        }
        BigDecimal miss = value.subtract(target).abs().divide(target.abs(), SCALE, RoundingMode.HALF_UP);
        return IndicatorScore.clamp(BigDecimal.ONE.subtract(miss));
    }
}
