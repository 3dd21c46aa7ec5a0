package org.perfgoals.monitoring.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Comparator;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Thresholds;

class ForecasterTest {

    /** The defaults of perfgoals.monitoring in application.yml. */
    private static final Forecaster FORECASTER = new Forecaster(new Thresholds(new BigDecimal("0.60"),
            new BigDecimal("0.80"), new BigDecimal("1.20"), new BigDecimal("0.05"), new BigDecimal("0.90")));

    private static List<BigDecimal> values(String list) {
        return Arrays.stream(list.split(" ")).map(BigDecimal::new).toList();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}, Q{4} values {5}: {6} by {7}, {8}")
    @CsvSource({
            // accumulating: the value so far ÷ time progress
            "GE, 400000, 人, CUMULATIVE, 2, 100000 210000, 420000, TIME_PROGRESS, CERTAIN",
            "GE, 400000, 人, CUMULATIVE, 2, 190000,        380000, TIME_PROGRESS, POSSIBLE",
            "GE, 400000, 人, CUMULATIVE, 3, 90000,         120000, TIME_PROGRESS, IMPOSSIBLE",
            "APPROX, 400000, 人, CUMULATIVE, 1, 92000,     368000, TIME_PROGRESS, POSSIBLE",
            "APPROX, 400000, 人, CUMULATIVE, 1, 107000,    428000, TIME_PROGRESS, CERTAIN",
            // per period: the mean of the last two periods
            "GE, 80, %, PER_PERIOD, 3, 76.5 82 84,         83, RECENT, CERTAIN",
            "GE, 80, %, PER_PERIOD, 2, 70 75,              72.5, RECENT, POSSIBLE",
            "GE, 80, %, PER_PERIOD, 2, 60 62,              61, RECENT, IMPOSSIBLE",
            "GE, 80, %, PER_PERIOD, 1, 85,                 85, RECENT, CERTAIN",
            "LE, 30, 分钟, PER_PERIOD, 2, 25 35,           30, RECENT, CERTAIN",
            "LT, 4.97, 元/分钟, PER_PERIOD, 3, 5.1 5.2 5.3, 5.25, RECENT, POSSIBLE",
            "LT, 4.97, 元/分钟, PER_PERIOD, 3, 5.1 6.2 6.3, 6.25, RECENT, IMPOSSIBLE",
            // the year end: what was reported is the year's value
            "GE, 400000, 人, CUMULATIVE, 4, 100 390000,    390000, YEAR_END, POSSIBLE",
            "GE, 98, %, PER_PERIOD, 4, 99 97,              97, YEAR_END, POSSIBLE"
    })
    void anIndicatorsForecastAndTheLikelihoodItSuggests(Comparator comparator, BigDecimal target, String unit,
                                                        Accumulation accumulation, int quarter, String reported,
                                                        BigDecimal expected, ForecastMethod method,
                                                        Likelihood likelihood) {
        Forecast forecast = FORECASTER.indicator(new Target.Quantitative(comparator, target, unit), accumulation,
                Period.quarter(2019, quarter), values(reported)).orElseThrow();
        assertThat(forecast.value()).isEqualByComparingTo(expected);
        assertThat(forecast.method()).isEqualTo(method);
        assertThat(forecast.likelihood()).isEqualTo(likelihood);
    }

    @Test
    void nothingReportedHasNoForecast() {
        assertThat(FORECASTER.indicator(new Target.Quantitative(Comparator.GE, BigDecimal.TEN, "%"),
                Accumulation.PER_PERIOD, Period.quarter(2019, 2), List.of())).isEmpty();
    }

    @ParameterizedTest(name = "budget {0}, spent {1} by Q{2}, last year share {3}: {4} by {5}, {6}")
    @CsvSource({
            "1000000, 450000, 2, ,     900000,  TIME_PROGRESS,     CERTAIN",
            "1000000, 300000, 2, 0.25, 1000000, LAST_YEAR_PATTERN, CERTAIN",
            "1000000, 300000, 2, 0.40, 750000,  LAST_YEAR_PATTERN, IMPOSSIBLE",
            "1000000, 620000, 3, ,     826666.67, TIME_PROGRESS,   POSSIBLE",
            "1000000, 700000, 1, ,     1000000, TIME_PROGRESS,     CERTAIN",
            "1000000, 880000, 4, 0.5,  880000,  YEAR_END,          POSSIBLE"
    })
    void theBudgetsForecastFollowsLastYearsPatternWhereThereIsOneAndNeverExceedsTheBudget(
            BigDecimal budget, BigDecimal spent, int quarter, BigDecimal lastYearShare, BigDecimal expected,
            ForecastMethod method, Likelihood likelihood) {
        Forecast forecast = FORECASTER.budget(budget, spent, Period.quarter(2019, quarter), lastYearShare,
                new BigDecimal("90")).orElseThrow();
        assertThat(forecast.value()).isEqualByComparingTo(expected);
        assertThat(forecast.method()).isEqualTo(method);
        assertThat(forecast.likelihood()).isEqualTo(likelihood);
    }

    @Test
    void noBudgetOrNoSpendingHasNoForecast() {
        assertThat(FORECASTER.budget(null, BigDecimal.ONE, Period.quarter(2019, 2), null, BigDecimal.TEN)).isEmpty();
        assertThat(FORECASTER.budget(BigDecimal.ZERO, BigDecimal.ONE, Period.quarter(2019, 2), null, BigDecimal.TEN))
                .isEmpty();
        assertThat(FORECASTER.budget(BigDecimal.TEN, null, Period.quarter(2019, 2), null, BigDecimal.TEN)).isEmpty();
    }
}
