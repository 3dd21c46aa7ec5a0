package org.perfgoals.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Comparator;
import org.perfgoals.indicator.domain.Polarity;
import org.perfgoals.indicator.domain.Target;

/**
 * The {@link Evaluator}'s rules for a number against a quantitative target (and each part of a compound one): per
 * period, cumulative floors and ceilings pro-rated to time progress, targets of 0, approximate targets with their
 * tolerance. The rules are listed in the {@link Evaluator}'s description.
 */
final class QuantityRules {

    private static final int RATIO_SCALE = 4;

    private final Thresholds thresholds;

    QuantityRules(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    Evaluation judge(Target.Quantitative q, Accumulation accumulation, Period period, Actual actual) {
        if (actual == null) {
            return Evaluation.of(Status.NO_DATA, Reasons.NO_DATA);
        }
        if (!(actual instanceof Actual.Numeric numeric)) {
            return Evaluator.mismatch();
        }
        BigDecimal value = numeric.value();
        boolean cumulative = accumulation == Accumulation.CUMULATIVE && q.value().signum() >= 0;
        if (q.comparator() == Comparator.APPROX) {
            return cumulative ? approxCumulative(q.value(), value, period) : approxPerPeriod(q.value(), value);
        }
        if (!cumulative) {
            return perPeriod(q, value);
        }
        return q.polarity() == Polarity.HIGHER_IS_BETTER
                ? cumulativeFloor(q, value, period)
                : cumulativeCeiling(q, value, period);
    }

    Evaluation perPeriod(Target.Quantitative q, BigDecimal value) {
        BigDecimal target = q.value();
        if (target.signum() == 0) {
            return zeroTargetMet(q.comparator(), value)
                    ? Evaluation.of(Status.GREEN, Reasons.ZERO_TARGET)
                    : Evaluation.of(Status.RED, Reasons.MISSED);
        }
        boolean met = q.comparator().holds(value, target);
        return Evaluation.of(met ? Status.GREEN : Status.RED, ratio(value, target), met ? Reasons.MET : Reasons.MISSED);
    }

    private Evaluation cumulativeFloor(Target.Quantitative q, BigDecimal value, Period period) {
        BigDecimal target = q.value();
        if (target.signum() == 0) {
            if (zeroTargetMet(q.comparator(), value)) {
                return Evaluation.of(Status.GREEN, Reasons.ZERO_TARGET);
            }
            // only "> 0" with nothing yet, or a negative value: nothing is late before the year ends
            return period.isYearEnd() || value.signum() < 0
                    ? Evaluation.of(Status.RED, Reasons.MISSED)
                    : Evaluation.of(Status.YELLOW, Reasons.BEHIND_SCHEDULE);
        }
        if (period.isYearEnd()) {
            BigDecimal ratio = ratio(value, target);
            if (!q.comparator().holds(value, target)) {
                return Evaluation.of(Status.RED, ratio, Reasons.MISSED);
            }
            return ratio.compareTo(thresholds.blue()) >= 0
                    ? Evaluation.of(Status.BLUE, ratio, Reasons.FAR_AHEAD)
                    : Evaluation.of(Status.GREEN, ratio, Reasons.MET);
        }
        return paceBands(value, prorate(target, period));
    }

    /** The pro-rating bands for a value that should keep pace with {@code expected} (never 0 here). */
    private Evaluation paceBands(BigDecimal value, BigDecimal expected) {
        BigDecimal ratio = ratio(value, expected);
        Status status = thresholds.band(ratio);
        String reason = switch (status) {
            case GREEN -> Reasons.ON_TRACK;
            case BLUE -> Reasons.FAR_AHEAD;
            default -> Reasons.BEHIND_SCHEDULE;
        };
        return Evaluation.of(status, ratio, reason);
    }

    private Evaluation cumulativeCeiling(Target.Quantitative q, BigDecimal value, Period period) {
        BigDecimal target = q.value();
        if (target.signum() == 0) {
            return value.signum() <= 0
                    ? Evaluation.of(Status.GREEN, Reasons.ZERO_TARGET)
                    : Evaluation.of(Status.RED, Reasons.MISSED);
        }
        if (period.isYearEnd()) {
            boolean met = q.comparator().holds(value, target);
            return Evaluation.of(met ? Status.GREEN : Status.RED, ratio(value, target),
                    met ? Reasons.MET : Reasons.MISSED);
        }
        BigDecimal ceiling = prorate(target, period);
        BigDecimal ratio = ratio(value, ceiling);
        if (q.comparator().holds(value, ceiling)) {
            return Evaluation.of(Status.GREEN, ratio, Reasons.ON_TRACK);
        }
        // over by at most 1/yellow − 1: value × yellow ≤ ceiling, exact, no rounded 1/yellow
        boolean slightlyOver = value.multiply(thresholds.yellow()).compareTo(ceiling) <= 0;
        return Evaluation.of(slightlyOver ? Status.YELLOW : Status.RED, ratio, Reasons.OVER_PACE);
    }

    Evaluation approxPerPeriod(BigDecimal target, BigDecimal value) {
        BigDecimal deviation = value.subtract(target).abs();
        BigDecimal band = target.abs().multiply(thresholds.approxTolerance());
        BigDecimal ratio = ratio(value, target);
        if (deviation.compareTo(band) <= 0) {
            return Evaluation.of(Status.GREEN, ratio, Reasons.WITHIN_TOLERANCE);
        }
        Status status = deviation.compareTo(band.add(band)) <= 0 ? Status.YELLOW : Status.RED;
        return Evaluation.of(status, ratio, Reasons.OUTSIDE_TOLERANCE);
    }

    private Evaluation approxCumulative(BigDecimal target, BigDecimal value, Period period) {
        if (target.signum() == 0) {
            return approxPerPeriod(target, value); // nothing to pro-rate: "about 0" is judged as it stands
        }
        if (!period.isYearEnd()) {
            return paceBands(value, prorate(target, period));
        }
        BigDecimal deviation = value.subtract(target).abs();
        BigDecimal band = target.multiply(thresholds.approxTolerance());
        BigDecimal ratio = ratio(value, target);
        if (deviation.compareTo(band) <= 0) {
            return Evaluation.of(Status.GREEN, ratio, Reasons.WITHIN_TOLERANCE);
        }
        if (value.compareTo(target) > 0) {
            return Evaluation.of(Status.BLUE, ratio, Reasons.ABOVE_TOLERANCE);
        }
        Status status = deviation.compareTo(band.add(band)) <= 0 ? Status.YELLOW : Status.RED;
        return Evaluation.of(status, ratio, Reasons.OUTSIDE_TOLERANCE);
    }


    /**
     * A target of 0: higher is better is met by any value ≥ 0 (&gt; 0 needs a value &gt; 0); lower is better
     * is met by 0 — "&lt; 0" cannot be met by a count, so it is read as "none at all".
     */
    private static boolean zeroTargetMet(Comparator comparator, BigDecimal value) {
        return switch (comparator) {
            case GE, EQ -> value.signum() >= 0;
            case GT -> value.signum() > 0;
            case LE, LT, APPROX -> value.signum() <= 0; // APPROX never gets here: tolerance rules
        };
    }

    /** The target scaled to the time progress: target × progress / 100, exact. */
    private static BigDecimal prorate(BigDecimal target, Period period) {
        return target.multiply(period.timeProgress()).movePointLeft(2);
    }

    /** value / base, 4 decimals HALF_UP; null when base is 0 (nothing to divide by). */
    static BigDecimal ratio(BigDecimal value, BigDecimal base) {
        return base.signum() == 0 ? null : value.divide(base, RATIO_SCALE, RoundingMode.HALF_UP);
    }
}
