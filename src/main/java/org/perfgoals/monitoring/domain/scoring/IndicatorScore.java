package org.perfgoals.monitoring.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.domain.Actual;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.Evaluation;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;

/**
 * The share of its full marks an indicator earns in the year-end self-evaluation (绩效自评): a number in
 * [0, 1] with 4 decimals HALF_UP, or empty when the indicator does not apply (yet): nothing reported, a value of the
 * wrong kind, a judgement still missing (evaluation NO_DATA or NEEDS_ASSESSMENT), a deadline not yet due. Empty is
 * not 0: the self-evaluation drops such indicators and rescales, as 财预〔2020〕10号 asks.
 *
 * <p>Rules, by target kind:
 * <ul>
 * <li><b>Quantitative</b>: met (evaluation GREEN or BLUE) → 1. Otherwise higher is better actual / target, lower is
 *   better target / actual, capped at 1 and floored at 0. Target 0: higher is better → 1 for any actual ≥ 0, except
 *   "&gt; 0" with 0 done → 0; lower is better → 1 for an actual ≤ 0, 0 above. An actual of 0 against a positive
 *   ceiling is met → 1. A negative target (growth ≥ −5 %) → 1 if the comparator holds, else 0: a ratio of negatives
 *   means nothing. Approximate (左右): 1 − |actual − target| / |target|, floored at 0 (GREEN, within the tolerance,
 *   is met → 1).</li>
 * <li><b>Quantitative, cumulative, before year end</b>: the same formulas against the target pro-rated to the time
 *   progress (target × progress / 100, what is due by now). The evaluation's colour is not used here: before year
 *   end it is a pace band (GREEN from 80 % of the pro-rated target), not a verdict that the target is met, and
 *   taking it for one would jump from 0.79 to 1.</li>
 * <li><b>Compound</b>: the mean of the parts' fractions, each by its own comparator and polarity (a part GREEN in
 *   the evaluation's part colours is met → 1). A part without a value scores 0 while the row as a whole is
 *   scorable: leaving out a bad part must not raise the score. A range (3-5个) given a single number scores it
 *   against both bounds.</li>
 * <li><b>Qualitative</b>: the judgement's share — {@link #MET_SHARE}, {@link #PARTLY_MET_SHARE},
 *   {@link #NOT_MET_SHARE}.</li>
 * <li><b>Relative</b>: a judgement as qualitative; a number by the evaluation's colour: GREEN (improved) → 1,
 *   YELLOW (unchanged) → {@link #PARTLY_MET_SHARE}, RED (worsened) → {@link #NOT_MET_SHARE}.</li>
 * <li><b>Deadline</b>: done on or before the date → 1; done after it → {@link #DONE_LATE_SHARE}; not done and the
 *   evaluation RED (the date has passed by the period's end, or the reporter says it cannot be done) → 0; not done
 *   otherwise → empty, it does not apply yet.</li>
 * </ul>
 */
public final class IndicatorScore {

    /**
     * 达成目标: the middle of the 80–100 % band that 财预〔2020〕10号 gives a met qualitative goal. The band leaves the
     * point to the evaluator; without one, the middle neither rewards nor punishes.
     */
    public static final BigDecimal MET_SHARE = new BigDecimal("0.9000");
    /** 部分达成目标并具有一定效果: the middle of the 60–80 % band. */
    public static final BigDecimal PARTLY_MET_SHARE = new BigDecimal("0.7000");
    /** 未达成目标且效果较差: the middle of the 0–60 % band. */
    public static final BigDecimal NOT_MET_SHARE = new BigDecimal("0.3000");
    /**
     * A deadline's work done, but after the date: the bottom of the 部分达成 band — the work exists, so it is worth
     * more than a miss, but timeliness was the target.
     */
    public static final BigDecimal DONE_LATE_SHARE = new BigDecimal("0.6000");

    /** Fractions are shares of full marks with this many decimals. */
    public static final int SCALE = 4;

    static final BigDecimal ONE = BigDecimal.ONE.setScale(SCALE);
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private IndicatorScore() {
    }

    /**
     * The fraction at year end, or for an indicator judged against its target as it stands: no pro-rating. Same as
     * {@link #fraction(Target, Accumulation, Period, Actual, Evaluation)} with {@link Accumulation#PER_PERIOD}.
     */
    public static Optional<BigDecimal> fraction(Target target, Actual actualOrNull, Evaluation evaluation) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(evaluation, "evaluation");
        return score(target, null, actualOrNull, evaluation);
    }

    /**
     * The fraction for {@code period}; a cumulative quantitative indicator before year end is scored against its
     * target pro-rated to the period's time progress.
     *
     * @param evaluation the {@code Evaluator}'s verdict on the same target, accumulation, period and actual
     */
    public static Optional<BigDecimal> fraction(Target target, Accumulation accumulation, Period period,
                                                Actual actualOrNull, Evaluation evaluation) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(accumulation, "accumulation");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(evaluation, "evaluation");
        Period proRatedTo = accumulation == Accumulation.CUMULATIVE && !period.isYearEnd() ? period : null;
        return score(target, proRatedTo, actualOrNull, evaluation);
    }

    /**
     * The budget-execution fraction: execution rate / time progress, capped at 1 and floored at 0, 4 decimals
     * HALF_UP. Before year end the rate is measured against the share of the year gone by (序时进度: 45 % at Q2 is
     * 0.9); at year end time progress is 100 %, so the fraction is rate / 100. Spending over the budget earns no
     * more than full marks.
     *
     * @param executionRatePercent spent / budget in percent (as {@code BudgetExecution.rate} gives it)
     */
    public static BigDecimal budgetExecutionFraction(BigDecimal executionRatePercent, Period period) {
        Objects.requireNonNull(executionRatePercent, "executionRatePercent");
        Objects.requireNonNull(period, "period");
        return clamp(executionRatePercent.divide(period.timeProgress(), SCALE, RoundingMode.HALF_UP));
    }

    // --- by kind ------------------------------------------------------------------------------------------

    private static Optional<BigDecimal> score(Target target, Period proRatedTo, Actual actual, Evaluation evaluation) {
        if (actual == null || notScorable(evaluation.status())) {
            return Optional.empty();
        }
        return switch (target) {
            case Target.Quantitative q -> actual instanceof Actual.Numeric n
                    ? Optional.of(QuantitativeScore.fraction(q, proRatedTo, n.value(), evaluation.status()))
                    : Optional.empty();
            case Target.Compound c -> switch (actual) {
                case Actual.PartValues values -> Optional.of(compound(c, values, evaluation));
                case Actual.Numeric n when c.isRange() ->
                        Optional.of(compound(c, Actual.PartValues.sameForEveryPart(c, n.value()), evaluation));
                default -> Optional.empty();
            };
            case Target.Qualitative ignored -> actual instanceof Actual.Judged judged
                    ? Optional.of(judgedShare(judged.assessment()))
                    : Optional.empty();
            case Target.Relative ignored -> relative(actual, evaluation.status());
            case Target.Deadline d -> actual instanceof Actual.DeadlineProgress progress
                    ? deadline(d, progress, evaluation.status())
                    : Optional.empty();
        };
    }

    private static boolean notScorable(Status status) {
        return status == Status.NO_DATA || status == Status.NEEDS_ASSESSMENT;
    }

    static boolean met(Status status) {
        return status == Status.GREEN || status == Status.BLUE;
    }

    private static BigDecimal compound(Target.Compound compound, Actual.PartValues values, Evaluation evaluation) {
        if (compound.parts().isEmpty()) {
            return ONE; // nothing was asked; the evaluator calls such a row met
        }
        List<BigDecimal> fractions = new ArrayList<>();
        for (Target.Part part : compound.parts()) {
            BigDecimal value = values.values().get(part.label());
            Status partStatus = evaluation.partStatuses().get(part.label());
            if (value == null) {
                fractions.add(ZERO);
            } else if (met(partStatus)) {
                fractions.add(ONE);
            } else {
                Target.Quantitative target = part.target();
                fractions.add(QuantitativeScore.againstTarget(target.comparator(), target.value(), value));
            }
        }
        BigDecimal sum = fractions.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(fractions.size()), SCALE, RoundingMode.HALF_UP);
    }

    /** The share a person's judgement earns: the middle of its band (see the constants). */
    public static BigDecimal judgedShare(Assessment assessment) {
        return switch (Objects.requireNonNull(assessment, "assessment")) {
            case MET -> MET_SHARE;
            case PARTLY_MET -> PARTLY_MET_SHARE;
            case NOT_MET -> NOT_MET_SHARE;
        };
    }

    private static Optional<BigDecimal> relative(Actual actual, Status status) {
        if (actual instanceof Actual.Judged judged) {
            return Optional.of(judgedShare(judged.assessment()));
        }
        if (!(actual instanceof Actual.Numeric)) {
            return Optional.empty();
        }
        return Optional.of(switch (status) {
            case GREEN, BLUE -> ONE;
            case YELLOW -> PARTLY_MET_SHARE; // held last year's level where the wording asked for more
            default -> NOT_MET_SHARE;         // worse than last year (NO_DATA and NEEDS_ASSESSMENT never get here)
        });
    }

    private static Optional<BigDecimal> deadline(Target.Deadline deadline, Actual.DeadlineProgress progress,
                                                 Status status) {
        if (progress.done()) {
            return Optional.of(progress.doneOn().isAfter(deadline.date()) ? DONE_LATE_SHARE : ONE);
        }
        // the evaluator judged the date against the period's end: RED means passed (or declared impossible)
        return status == Status.RED ? Optional.of(ZERO) : Optional.empty();
    }

    static BigDecimal clamp(BigDecimal fraction) {
        BigDecimal scaled = fraction.setScale(SCALE, RoundingMode.HALF_UP);
        if (scaled.compareTo(BigDecimal.ONE) > 0) {
            return ONE;
        }
        return scaled.signum() < 0 ? ZERO : scaled;
    }
}
