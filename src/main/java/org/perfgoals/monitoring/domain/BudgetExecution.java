package org.perfgoals.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Budget execution against time progress (预算执行 vs 序时进度): the share of the year's budget spent
 * so far, compared with the share of the year gone by.
 *
 * <p>ratio = execution rate / time progress (both percentages with 2 decimals, ratio 4 decimals HALF_UP);
 * [0, red) RED, [red, yellow) YELLOW (both {@code behindSchedule}), [yellow, ∞) GREEN ({@code onTrack}) —
 * each band includes its lower bound; spending fast is not blue, the budget caps it. Spending more than the
 * budget keeps its colour but says {@code overBudget}. At year end a rate under the floor (90 %) needs a
 * written reason: a green row says so with {@code belowYearEndFloor}.
 */
public final class BudgetExecution {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Thresholds thresholds;

    public BudgetExecution(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * spent / budget in percent, 2 decimals HALF_UP (may exceed 100); null when the budget is null or 0 or
     * nothing is reported spent — there is no rate to show.
     *
     * @throws IllegalArgumentException for a negative budget, which no form can carry
     */
    public static BigDecimal rate(BigDecimal budget, BigDecimal spentCumulative) {
        if (budget == null || spentCumulative == null) {
            return null;
        }
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("negative budget: " + budget);
        }
        return budget.signum() == 0
                ? null
                : spentCumulative.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
    }

    /**
     * The colour of the budget row. No spending reported → NO_DATA ({@code noData}); no budget known (null)
     * → NO_DATA ({@code noBudget}); a budget of 0 with spending RED ({@code overBudget}), without NO_DATA
     * ({@code noBudget}).
     *
     * @throws IllegalArgumentException for a negative budget
     */
    public Evaluation evaluate(BigDecimal budget, BigDecimal spentCumulative, Period period) {
        Objects.requireNonNull(period, "period");
        if (spentCumulative == null) {
            return Evaluation.of(Status.NO_DATA, Reasons.NO_DATA);
        }
        if (budget == null) {
            return Evaluation.of(Status.NO_DATA, Reasons.NO_BUDGET); // unknown, not zero: nothing to judge by
        }
        if (budget.signum() == 0) {
            return spentCumulative.signum() > 0
                    ? Evaluation.of(Status.RED, Reasons.OVER_BUDGET)
                    : Evaluation.of(Status.NO_DATA, Reasons.NO_BUDGET);
        }
        BigDecimal rate = rate(budget, spentCumulative);
        BigDecimal ratio = rate.divide(period.timeProgress(), 4, RoundingMode.HALF_UP);
        Status status = ratio.compareTo(thresholds.red()) < 0 ? Status.RED
                : ratio.compareTo(thresholds.yellow()) < 0 ? Status.YELLOW
                : Status.GREEN;
        String reason;
        if (spentCumulative.compareTo(budget) > 0) {
            reason = Reasons.OVER_BUDGET;
        } else if (status != Status.GREEN) {
            reason = Reasons.BEHIND_SCHEDULE;
        } else if (belowFloor(rate, period)) {
            reason = Reasons.BELOW_YEAR_END_FLOOR;
        } else {
            reason = Reasons.ON_TRACK;
        }
        return Evaluation.of(status, ratio, reason);
    }

    /**
     * Whether the year's execution rate is under the floor (yearEndExecutionFloor × 100 %, exclusive), so the
     * unit must write why. False before year end and when there is no rate (no budget or nothing reported:
     * those rows are alerts of their own).
     */
    public boolean needsYearEndReason(BigDecimal budget, BigDecimal spentCumulative, Period period) {
        Objects.requireNonNull(period, "period");
        BigDecimal rate = rate(budget, spentCumulative);
        return rate != null && belowFloor(rate, period);
    }

    private boolean belowFloor(BigDecimal rate, Period period) {
        return period.isYearEnd() && rate.compareTo(thresholds.yearEndExecutionFloor().multiply(HUNDRED)) < 0;
    }
}
