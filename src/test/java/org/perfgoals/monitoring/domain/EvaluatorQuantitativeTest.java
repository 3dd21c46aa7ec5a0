package org.perfgoals.monitoring.domain;

import org.perfgoals.indicator.domain.Accumulation;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfgoals.indicator.domain.Comparator;
import org.perfgoals.indicator.domain.Target;

/**
 * Quantitative targets with the default thresholds (red 0.60, yellow 0.80, blue 1.20, tolerance 5 %).
 * Columns: comparator | target | unit | accumulation | period end month | actual | status | reason | ratio.
 */
class EvaluatorQuantitativeTest {

    private final Evaluator evaluator = new Evaluator(Thresholds.defaults());

    private void check(Comparator comparator, BigDecimal target, String unit, Accumulation accumulation,
                       int endMonth, BigDecimal actual, Status status, String reason, BigDecimal ratio) {
        Evaluation e = evaluator.evaluate(new Target.Quantitative(comparator, target, unit), accumulation,
                new Period(2019, endMonth), new Actual.Numeric(actual), null, null);

        assertThat(e.status()).as("status").isEqualTo(status);
        assertThat(e.reason()).as("reason").isEqualTo(reason);
        assertThat(e.ratio()).as("ratio").isEqualTo(ratio); // scale 4 included
        assertThat(e.partStatuses()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}{2}, 1–{4}月 at {5} → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # a quarter at 75 % against ≥ 80 % missed its target: never pro-rated
            GE | 80 | % | PER_PERIOD | 9 | 75 | RED | missed | 0.9375
            GE | 80 | % | PER_PERIOD | 3 | 75 | RED | missed | 0.9375
            GE | 80 | % | PER_PERIOD | 9 | 79.99 | RED | missed | 0.9999
            GE | 80 | % | PER_PERIOD | 9 | 80 | GREEN | met | 1.0000
            GE | 80 | % | PER_PERIOD | 12 | 80.00 | GREEN | met | 1.0000
            # > and ≥ differ at equality
            GT | 95 | % | PER_PERIOD | 6 | 95 | RED | missed | 1.0000
            GT | 95 | % | PER_PERIOD | 6 | 95.01 | GREEN | met | 1.0001
            # = means reach the value
            EQ | 100 | % | PER_PERIOD | 6 | 100 | GREEN | met | 1.0000
            EQ | 100 | % | PER_PERIOD | 6 | 99.9 | RED | missed | 0.9990
            EQ | 100 | % | PER_PERIOD | 6 | 143 | GREEN | met | 1.4300
            GE | 97 | % | PER_PERIOD | 12 | 340 | GREEN | met | 3.5052
            # < and ≤ differ at equality
            LE | 20 | % | PER_PERIOD | 3 | 20 | GREEN | met | 1.0000
            LE | 20 | % | PER_PERIOD | 3 | 20.01 | RED | missed | 1.0005
            LE | 20 | % | PER_PERIOD | 3 | 0 | GREEN | met | 0.0000
            LT | 4.97 | 元/分钟 | PER_PERIOD | 6 | 4.97 | RED | missed | 1.0000
            LT | 4.97 | 元/分钟 | PER_PERIOD | 6 | 4.96 | GREEN | met | 0.9980
            LE | 0.01 | % | PER_PERIOD | 12 | 0.02 | RED | missed | 2.0000
            LE | 180 | 分钟 | PER_PERIOD | 6 | 180 | GREEN | met | 1.0000
            # a negative target is never pro-rated, whatever the accumulation
            GE | -5 | % | CUMULATIVE | 6 | -3 | GREEN | met | 0.6000
            GE | -5 | % | CUMULATIVE | 6 | -6 | RED | missed | 1.2000
            """)
    void per_period_values_are_compared_with_the_target_itself(Comparator comparator, BigDecimal target, String unit,
                                                                Accumulation accumulation, int endMonth,
                                                                BigDecimal actual, Status status, String reason,
                                                                BigDecimal ratio) {
        check(comparator, target, unit, accumulation, endMonth, actual, status, reason, ratio);
    }

    @ParameterizedTest(name = "{0} {1}{2}, 1–{4}月 at {5} → {6} ({8})")
    @CsvSource(delimiter = '|', textBlock = """
            # Q1: 1000 × 25 % = 250 expected; each band includes its lower bound
            GE | 1000 | 人 | CUMULATIVE | 3 | 0 | RED | behindSchedule | 0.0000
            GE | 1000 | 人 | CUMULATIVE | 3 | 149 | RED | behindSchedule | 0.5960
            GE | 1000 | 人 | CUMULATIVE | 3 | 150 | YELLOW | behindSchedule | 0.6000
            GE | 1000 | 人 | CUMULATIVE | 3 | 199 | YELLOW | behindSchedule | 0.7960
            GE | 1000 | 人 | CUMULATIVE | 3 | 200 | GREEN | onTrack | 0.8000
            GE | 1000 | 人 | CUMULATIVE | 3 | 299 | GREEN | onTrack | 1.1960
            GE | 1000 | 人 | CUMULATIVE | 3 | 300 | BLUE | farAhead | 1.2000
            # the bands apply to the ratio rounded to 4 decimals: 149.99 / 250 = 0.59996 → 0.6000
            GE | 1000 | 人 | CUMULATIVE | 3 | 149.99 | YELLOW | behindSchedule | 0.6000
            # Q2, Q3: 50 % and 75 % of the year
            GE | 1000 | 人 | CUMULATIVE | 6 | 500 | GREEN | onTrack | 1.0000
            GE | 1000 | 人 | CUMULATIVE | 6 | 299 | RED | behindSchedule | 0.5980
            GE | 1000 | 人 | CUMULATIVE | 9 | 750 | GREEN | onTrack | 1.0000
            GE | 1000 | 人 | CUMULATIVE | 9 | 449 | RED | behindSchedule | 0.5987
            GE | 100 | % | CUMULATIVE | 9 | 75 | GREEN | onTrack | 1.0000
            # pro-rating a share would wrongly call 75 % against ≥ 80 % fine: hence PER_PERIOD for shares
            GE | 80 | % | CUMULATIVE | 9 | 75 | BLUE | farAhead | 1.2500
            # a monthly period: 1200 × 8.33 % = 99.96
            GE | 1200 | 人 | CUMULATIVE | 1 | 100 | GREEN | onTrack | 1.0004
            # > is pro-rated like ≥ before year end
            GT | 1000 | 人 | CUMULATIVE | 6 | 500 | GREEN | onTrack | 1.0000
            # completion rates far above 100 %
            EQ | 100 | % | CUMULATIVE | 6 | 143 | BLUE | farAhead | 2.8600
            EQ | 100 | % | CUMULATIVE | 3 | 340 | BLUE | farAhead | 13.6000
            # year end: the comparator itself must hold
            GE | 1000 | 人 | CUMULATIVE | 12 | 999 | RED | missed | 0.9990
            GE | 1000 | 人 | CUMULATIVE | 12 | 800 | RED | missed | 0.8000
            GE | 1000 | 人 | CUMULATIVE | 12 | 1000 | GREEN | met | 1.0000
            GE | 1000 | 人 | CUMULATIVE | 12 | 1199 | GREEN | met | 1.1990
            GE | 1000 | 人 | CUMULATIVE | 12 | 1200 | BLUE | farAhead | 1.2000
            GT | 1000 | 人 | CUMULATIVE | 12 | 1000 | RED | missed | 1.0000
            GT | 1000 | 人 | CUMULATIVE | 12 | 1001 | GREEN | met | 1.0010
            EQ | 100 | % | CUMULATIVE | 12 | 99.99 | RED | missed | 0.9999
            EQ | 100 | % | CUMULATIVE | 12 | 100 | GREEN | met | 1.0000
            EQ | 100 | % | CUMULATIVE | 12 | 143 | BLUE | farAhead | 1.4300
            EQ | 100 | % | CUMULATIVE | 12 | 340 | BLUE | farAhead | 3.4000
            GE | 98 | % | CUMULATIVE | 12 | 0 | RED | missed | 0.0000
            """)
    void cumulative_higher_is_better_values_keep_pace_with_the_pro_rated_target(
            Comparator comparator, BigDecimal target, String unit, Accumulation accumulation, int endMonth,
            BigDecimal actual, Status status, String reason, BigDecimal ratio) {
        check(comparator, target, unit, accumulation, endMonth, actual, status, reason, ratio);
    }

    @ParameterizedTest(name = "{0} {1}{2}, 1–{4}月 at {5} → {6} ({8})")
    @CsvSource(delimiter = '|', textBlock = """
            # Q1: ceiling 400000 × 25 % = 100000; over it by up to 25 % (1/0.80 − 1, inclusive) is yellow
            LE | 400000 | 元 | CUMULATIVE | 3 | 0 | GREEN | onTrack | 0.0000
            LE | 400000 | 元 | CUMULATIVE | 3 | 100000 | GREEN | onTrack | 1.0000
            LE | 400000 | 元 | CUMULATIVE | 3 | 100010 | YELLOW | overPace | 1.0001
            LE | 400000 | 元 | CUMULATIVE | 3 | 125000 | YELLOW | overPace | 1.2500
            LE | 400000 | 元 | CUMULATIVE | 3 | 125001 | RED | overPace | 1.2500
            LE | 400000 | 元 | CUMULATIVE | 3 | 200000 | RED | overPace | 2.0000
            # < at the pro-rated ceiling is over it
            LT | 400000 | 元 | CUMULATIVE | 3 | 100000 | YELLOW | overPace | 1.0000
            LT | 400000 | 元 | CUMULATIVE | 3 | 99990 | GREEN | onTrack | 0.9999
            # Q2 and Q3
            LE | 400000 | 元 | CUMULATIVE | 6 | 250000 | YELLOW | overPace | 1.2500
            LE | 400000 | 元 | CUMULATIVE | 9 | 300000 | GREEN | onTrack | 1.0000
            LE | 12 | 次 | CUMULATIVE | 9 | 12 | RED | overPace | 1.3333
            # year end: the full ceiling
            LE | 400000 | 元 | CUMULATIVE | 12 | 400000 | GREEN | met | 1.0000
            LE | 400000 | 元 | CUMULATIVE | 12 | 400001 | RED | missed | 1.0000
            LE | 400000 | 元 | CUMULATIVE | 12 | 450000 | RED | missed | 1.1250
            LT | 400000 | 元 | CUMULATIVE | 12 | 400000 | RED | missed | 1.0000
            LT | 400000 | 元 | CUMULATIVE | 12 | 399999.99 | GREEN | met | 1.0000
            """)
    void cumulative_ceilings_are_pro_rated_and_must_hold_in_full_at_year_end(
            Comparator comparator, BigDecimal target, String unit, Accumulation accumulation, int endMonth,
            BigDecimal actual, Status status, String reason, BigDecimal ratio) {
        check(comparator, target, unit, accumulation, endMonth, actual, status, reason, ratio);
    }

    @ParameterizedTest(name = "{0} {1}{2} {3}, 1–{4}月 at {5} → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            GE | 0 |  | PER_PERIOD | 6 | 0 | GREEN | zeroTarget |
            GE | 0 |  | PER_PERIOD | 6 | 340 | GREEN | zeroTarget |
            EQ | 0 | % | PER_PERIOD | 6 | 0 | GREEN | zeroTarget |
            GE | 0 | 人 | PER_PERIOD | 6 | -1 | RED | missed |
            GT | 0 |  | PER_PERIOD | 6 | 0 | RED | missed |
            GT | 0 |  | PER_PERIOD | 6 | 1 | GREEN | zeroTarget |
            LE | 0 | 次 | PER_PERIOD | 6 | 0 | GREEN | zeroTarget |
            LT | 0 | 次 | PER_PERIOD | 6 | 0 | GREEN | zeroTarget |
            LE | 0 | 次 | PER_PERIOD | 6 | 1 | RED | missed |
            LE | 0 | % | PER_PERIOD | 6 | 0.01 | RED | missed |
            GE | 0 | 人 | CUMULATIVE | 3 | 0 | GREEN | zeroTarget |
            GE | 0 | 人 | CUMULATIVE | 12 | 5 | GREEN | zeroTarget |
            GE | 0 | 人 | CUMULATIVE | 6 | -1 | RED | missed |
            GT | 0 | 人 | CUMULATIVE | 6 | 0 | YELLOW | behindSchedule |
            GT | 0 | 人 | CUMULATIVE | 12 | 0 | RED | missed |
            GT | 0 | 人 | CUMULATIVE | 12 | 1 | GREEN | zeroTarget |
            LE | 0 | 次 | CUMULATIVE | 3 | 0 | GREEN | zeroTarget |
            LE | 0 | 次 | CUMULATIVE | 3 | 1 | RED | missed |
            LT | 0 | 次 | CUMULATIVE | 12 | 0 | GREEN | zeroTarget |
            LT | 0 | 次 | CUMULATIVE | 12 | 2 | RED | missed |
            APPROX | 0 |  | PER_PERIOD | 6 | 0 | GREEN | withinTolerance |
            APPROX | 0 |  | CUMULATIVE | 6 | 1 | RED | outsideTolerance |
            """)
    void a_target_of_zero_is_judged_without_dividing_by_it(Comparator comparator, BigDecimal target, String unit,
                                                          Accumulation accumulation, int endMonth, BigDecimal actual,
                                                          Status status, String reason, BigDecimal ratio) {
        check(comparator, target, unit, accumulation, endMonth, actual, status, reason, ratio);
    }

    @ParameterizedTest(name = "≈ {1} {3}, 1–{4}月 at {5} → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # per period: within 5 % green, within 10 % yellow, bounds inclusive, either side
            APPROX | 400000 | 人 | PER_PERIOD | 6 | 400000 | GREEN | withinTolerance | 1.0000
            APPROX | 400000 | 人 | PER_PERIOD | 6 | 380000 | GREEN | withinTolerance | 0.9500
            APPROX | 400000 | 人 | PER_PERIOD | 6 | 420000 | GREEN | withinTolerance | 1.0500
            APPROX | 400000 | 人 | PER_PERIOD | 6 | 379999 | YELLOW | outsideTolerance | 0.9500
            APPROX | 400000 | 人 | PER_PERIOD | 6 | 420001 | YELLOW | outsideTolerance | 1.0500
            APPROX | 400000 | 人 | PER_PERIOD | 6 | 360000 | YELLOW | outsideTolerance | 0.9000
            APPROX | 400000 | 人 | PER_PERIOD | 6 | 440000 | YELLOW | outsideTolerance | 1.1000
            APPROX | 400000 | 人 | PER_PERIOD | 6 | 359999 | RED | outsideTolerance | 0.9000
            APPROX | 400000 | 人 | PER_PERIOD | 6 | 440001 | RED | outsideTolerance | 1.1000
            APPROX | 30 | 分钟 | PER_PERIOD | 12 | 40 | RED | outsideTolerance | 1.3333
            # cumulative before year end: keeping pace with 400000 × progress
            APPROX | 400000 | 人 | CUMULATIVE | 6 | 200000 | GREEN | onTrack | 1.0000
            APPROX | 400000 | 人 | CUMULATIVE | 6 | 150000 | YELLOW | behindSchedule | 0.7500
            APPROX | 400000 | 人 | CUMULATIVE | 6 | 110000 | RED | behindSchedule | 0.5500
            APPROX | 400000 | 人 | CUMULATIVE | 6 | 240000 | BLUE | farAhead | 1.2000
            APPROX | 400000 | 人 | CUMULATIVE | 3 | 100000 | GREEN | onTrack | 1.0000
            APPROX | 400000 | 人 | CUMULATIVE | 9 | 300000 | GREEN | onTrack | 1.0000
            # cumulative at year end: the tolerance rule, above the band blue
            APPROX | 400000 | 人 | CUMULATIVE | 12 | 400000 | GREEN | withinTolerance | 1.0000
            APPROX | 400000 | 人 | CUMULATIVE | 12 | 420000 | GREEN | withinTolerance | 1.0500
            APPROX | 400000 | 人 | CUMULATIVE | 12 | 380000 | GREEN | withinTolerance | 0.9500
            APPROX | 400000 | 人 | CUMULATIVE | 12 | 420001 | BLUE | aboveTolerance | 1.0500
            APPROX | 400000 | 人 | CUMULATIVE | 12 | 600000 | BLUE | aboveTolerance | 1.5000
            APPROX | 400000 | 人 | CUMULATIVE | 12 | 379999 | YELLOW | outsideTolerance | 0.9500
            APPROX | 400000 | 人 | CUMULATIVE | 12 | 360000 | YELLOW | outsideTolerance | 0.9000
            APPROX | 400000 | 人 | CUMULATIVE | 12 | 359999 | RED | outsideTolerance | 0.9000
            """)
    void an_approximate_target_is_met_within_its_tolerance(Comparator comparator, BigDecimal target, String unit,
                                                          Accumulation accumulation, int endMonth, BigDecimal actual,
                                                          Status status, String reason, BigDecimal ratio) {
        check(comparator, target, unit, accumulation, endMonth, actual, status, reason, ratio);
    }
}
