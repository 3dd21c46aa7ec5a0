package org.perfgoals.monitoring.domain.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.domain.Actual;
import org.perfgoals.monitoring.domain.Evaluator;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.domain.Thresholds;

/**
 * Suggests the full-year value (全年预计) from the periods reported so far, and from it the likelihood of meeting the
 * target (完成目标可能性):
 * <ul>
 * <li>an accumulating indicator is extrapolated by time progress (the value so far ÷ the share of the year gone);</li>
 * <li>a per-period one carries on its recent values (the mean of the last two periods reported);</li>
 * <li>the budget's execution follows last year's spending pattern where the project existed last year (spent so far
 *   ÷ the share of last year's spending made by the same month), else time progress; never above the budget;</li>
 * <li>at year end the value reported is the year's.</li>
 * </ul>
 * The forecast is judged as the year-end value would be: met (GREEN or BLUE) is 确定能; partly met (YELLOW), or missed by
 * at most {@value #NEAR_PERCENT} % of the target, 有可能; missed by more, 完全不可能.
 */
public final class Forecaster {

    static final int NEAR_PERCENT = 10;
    private static final BigDecimal NEAR = BigDecimal.valueOf(NEAR_PERCENT).movePointLeft(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 2;

    private final Evaluator evaluator;

    public Forecaster(Thresholds thresholds) {
        this.evaluator = new Evaluator(thresholds);
    }

    /**
     * The forecast of a quantitative indicator in {@code period} from its values so far this year, oldest first and
     * the period's own last; empty without any value.
     */
    public Optional<Forecast> indicator(Target.Quantitative target, Accumulation accumulation, Period period,
                                        List<BigDecimal> valuesSoFar) {
        if (valuesSoFar.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal latest = valuesSoFar.getLast();
        BigDecimal value;
        ForecastMethod method;
        if (period.isYearEnd()) {
            value = latest;
            method = ForecastMethod.YEAR_END;
        } else if (accumulation == Accumulation.CUMULATIVE) {
            value = latest.multiply(HUNDRED).divide(period.timeProgress(), SCALE, RoundingMode.HALF_UP);
            method = ForecastMethod.TIME_PROGRESS;
        } else {
            List<BigDecimal> recent = valuesSoFar.subList(Math.max(0, valuesSoFar.size() - 2), valuesSoFar.size());
            value = recent.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(recent.size()), SCALE, RoundingMode.HALF_UP);
            method = ForecastMethod.RECENT;
        }
        return Optional.of(judged(target, accumulation, period, value, method));
    }

    /** A full-year value worked out elsewhere (a 预算执行率 from the spending forecast), judged against the target. */
    public Forecast judged(Target.Quantitative target, Accumulation accumulation, Period period, BigDecimal value,
                           ForecastMethod method) {
        BigDecimal shown = value.stripTrailingZeros();
        return new Forecast(shown, method, likelihood(target, accumulation, period, shown));
    }

    /**
     * The forecast of the year's spending: {@code spentSoFar} by the end of {@code period}, and
     * {@code lastYearShare} the share (0–1) of last year's full-year spending made by the same month, null when the
     * project has no last year. Judged against the execution rate {@code floorPercent} (the form's 预算执行率 target,
     * or the year-end floor). Empty without a budget or spending.
     */
    public Optional<Forecast> budget(@Nullable BigDecimal budget, @Nullable BigDecimal spentSoFar, Period period,
                                     @Nullable BigDecimal lastYearShare, BigDecimal floorPercent) {
        if (budget == null || budget.signum() <= 0 || spentSoFar == null) {
            return Optional.empty();
        }
        BigDecimal value;
        ForecastMethod method;
        if (period.isYearEnd()) {
            value = spentSoFar;
            method = ForecastMethod.YEAR_END;
        } else if (lastYearShare != null && lastYearShare.signum() > 0) {
            value = spentSoFar.divide(lastYearShare, SCALE, RoundingMode.HALF_UP);
            method = ForecastMethod.LAST_YEAR_PATTERN;
        } else {
            value = spentSoFar.multiply(HUNDRED).divide(period.timeProgress(), SCALE, RoundingMode.HALF_UP);
            method = ForecastMethod.TIME_PROGRESS;
        }
        if (!period.isYearEnd() && value.compareTo(budget) > 0) {
            value = budget;
        }
        BigDecimal rate = value.multiply(HUNDRED).divide(budget, SCALE, RoundingMode.HALF_UP);
        Likelihood likelihood = rate.compareTo(floorPercent) >= 0 ? Likelihood.CERTAIN
                : rate.compareTo(floorPercent.multiply(BigDecimal.ONE.subtract(NEAR))) >= 0 ? Likelihood.POSSIBLE
                : Likelihood.IMPOSSIBLE;
        return Optional.of(new Forecast(value.stripTrailingZeros(), method, likelihood));
    }

    private Likelihood likelihood(Target.Quantitative target, Accumulation accumulation, Period period,
                                  BigDecimal value) {
        Status status = evaluator.evaluate(target, accumulation, new Period(period.year(), 12),
                new Actual.Numeric(value), null, null).status();
        return switch (status) {
            case GREEN, BLUE -> Likelihood.CERTAIN;
            case YELLOW -> Likelihood.POSSIBLE;
            case RED -> near(target.value(), value) ? Likelihood.POSSIBLE : Likelihood.IMPOSSIBLE;
            default -> Likelihood.POSSIBLE;
        };
    }

    /** Within {@value #NEAR_PERCENT} % of the target (a target of 0 has no such band). */
    private static boolean near(BigDecimal target, BigDecimal value) {
        if (target.signum() == 0) {
            return false;
        }
        return value.subtract(target).abs().compareTo(target.abs().multiply(NEAR)) <= 0;
    }
}
