package org.perfgoals.monitoring.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Comparator;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.domain.Actual;
import org.perfgoals.monitoring.domain.BudgetExecution;
import org.perfgoals.monitoring.domain.Evaluation;
import org.perfgoals.monitoring.domain.Evaluator;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.domain.Thresholds;

/** Quantitative targets, pro-rating of cumulative ones, and budget execution. */
class IndicatorScoreQuantitativeTest {

    private static final Period YEAR_END = Period.quarter(2019, 4);
    private final Evaluator evaluator = new Evaluator(Thresholds.defaults());

    @ParameterizedTest(name = "{0} {1}, actual {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GE     | 98     | 99      | 1.0000
            GE     | 98     | 98      | 1.0000
            GE     | 100    | 143     | 1.0000
            GE     | 100    | 340     | 1.0000
            GE     | 98     | 49      | 0.5000
            GE     | 100    | 75      | 0.7500
            GE     | 3      | 2       | 0.6667
            EQ     | 100    | 90      | 0.9000
            GT     | 95     | 95      | 1.0000
            GT     | 95     | 76      | 0.8000
            GE     | 100    | 0       | 0.0000
            GE     | 100    | -5      | 0.0000
            GE     | 0      | 0       | 1.0000
            GE     | 0      | 5       | 1.0000
            EQ     | 0      | 0       | 1.0000
            GT     | 0      | 0       | 0.0000
            GT     | 0      | 1       | 1.0000
            GE     | 0      | -1      | 0.0000
            LE     | 20     | 10      | 1.0000
            LE     | 20     | 20      | 1.0000
            LE     | 20     | 25      | 0.8000
            LE     | 30     | 60      | 0.5000
            LT     | 4.97   | 5.5     | 0.9036
            LT     | 4.97   | 4.97    | 1.0000
            LE     | 0.1    | 0.34    | 0.2941
            LE     | 0.1    | 34      | 0.0029
            LE     | 20     | 0       | 1.0000
            LT     | 20     | 0       | 1.0000
            LE     | 0      | 0       | 1.0000
            LT     | 0      | 0       | 1.0000
            LE     | 0      | 3       | 0.0000
            APPROX | 400000 | 400000  | 1.0000
            APPROX | 400000 | 380000  | 1.0000
            APPROX | 400000 | 420000  | 1.0000
            APPROX | 400000 | 340000  | 0.8500
            APPROX | 400000 | 460000  | 0.8500
            APPROX | 400000 | 1000000 | 0.0000
            APPROX | 400000 | 0       | 0.0000
            APPROX | 0      | 0       | 1.0000
            APPROX | 0      | 5       | 0.0000
            GE     | -5     | -3      | 1.0000
            GE     | -5     | -10     | 0.0000
            LE     | -5     | -6      | 1.0000
            LE     | -5     | -3      | 0.0000
            """)
    void a_met_target_earns_full_marks_and_a_missed_one_its_ratio_capped_and_floored(
            Comparator comparator, BigDecimal target, BigDecimal actual, BigDecimal fraction) {
        Target.Quantitative q = new Target.Quantitative(comparator, target, "");
        Actual numeric = new Actual.Numeric(actual);
        Evaluation evaluation = evaluator.evaluate(q, Accumulation.PER_PERIOD, YEAR_END, numeric, null, null);

        assertThat(IndicatorScore.fraction(q, numeric, evaluation)).contains(fraction);
        assertThat(IndicatorScore.fraction(q, Accumulation.PER_PERIOD, YEAR_END, numeric, evaluation))
                .contains(fraction);
    }

    @ParameterizedTest(name = "{0} {1}, {2} by month {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            GE     | 400    | 200    | 6  | 1.0000
            GE     | 400    | 160    | 6  | 0.8000
            GE     | 400    | 100    | 6  | 0.5000
            GE     | 400    | 500    | 6  | 1.0000
            GE     | 400    | 0      | 6  | 0.0000
            GE     | 100    | 20     | 3  | 0.8000
            GE     | 1000   | 600    | 9  | 0.8000
            GE     | 1200   | 600    | 7  | 0.8572
            GE     | 400    | 360    | 12 | 0.9000
            GE     | 400    | 400    | 12 | 1.0000
            GT     | 0      | 0      | 6  | 0.0000
            GE     | 0      | 0      | 6  | 1.0000
            LE     | 100000 | 40000  | 6  | 1.0000
            LE     | 100000 | 62500  | 6  | 0.8000
            LE     | 100000 | 62500  | 12 | 1.0000
            LE     | 100000 | 125000 | 12 | 0.8000
            LE     | 3      | 3      | 6  | 0.5000
            APPROX | 400000 | 180000 | 6  | 0.9000
            APPROX | 400000 | 220000 | 6  | 0.9000
            APPROX | 400000 | 200000 | 6  | 1.0000
            APPROX | 400000 | 360000 | 12 | 0.9000
            """)
    void a_cumulative_indicator_before_year_end_is_scored_against_what_is_due_by_now(
            Comparator comparator, BigDecimal target, BigDecimal actual, int endMonth, BigDecimal fraction) {
        Target.Quantitative q = new Target.Quantitative(comparator, target, "人");
        Period period = new Period(2019, endMonth);
        Actual numeric = new Actual.Numeric(actual);
        Evaluation evaluation = evaluator.evaluate(q, Accumulation.CUMULATIVE, period, numeric, null, null);

        assertThat(IndicatorScore.fraction(q, Accumulation.CUMULATIVE, period, numeric, evaluation)).contains(fraction);
    }

    @Test
    void a_cumulative_row_in_the_green_pace_band_is_not_taken_for_met_before_year_end() {
        Target.Quantitative q = new Target.Quantitative(Comparator.GE, BigDecimal.valueOf(400), "人");
        Period q2 = Period.quarter(2019, 2);
        Actual numeric = new Actual.Numeric(BigDecimal.valueOf(170)); // 85 % of the 200 due: green, on track
        Evaluation evaluation = evaluator.evaluate(q, Accumulation.CUMULATIVE, q2, numeric, null, null);

        assertThat(evaluation.status()).isEqualTo(Status.GREEN);
        assertThat(IndicatorScore.fraction(q, Accumulation.CUMULATIVE, q2, numeric, evaluation))
                .contains(new BigDecimal("0.8500"));
    }

    @ParameterizedTest(name = "{0} {1}, actual {2} in month {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            GE | 98 | 75  | 6  | 0.7653
            GE | 98 | 98  | 3  | 1.0000
            LE | 30 | 60  | 6  | 0.5000
            """)
    void a_per_period_indicator_is_never_pro_rated(Comparator comparator, BigDecimal target, BigDecimal actual,
                                                   int endMonth, BigDecimal fraction) {
        Target.Quantitative q = new Target.Quantitative(comparator, target, "%");
        Period period = new Period(2019, endMonth);
        Actual numeric = new Actual.Numeric(actual);
        Evaluation evaluation = evaluator.evaluate(q, Accumulation.PER_PERIOD, period, numeric, null, null);

        assertThat(IndicatorScore.fraction(q, Accumulation.PER_PERIOD, period, numeric, evaluation)).contains(fraction);
        assertThat(IndicatorScore.fraction(q, numeric, evaluation)).contains(fraction);
    }

    @Test
    void a_row_overruled_red_as_impossible_is_still_scored_by_its_values() {
        Target.Quantitative q = new Target.Quantitative(Comparator.GE, BigDecimal.valueOf(100), "人");
        Actual numeric = new Actual.Numeric(BigDecimal.valueOf(90));
        Evaluation evaluation = evaluator.evaluate(q, Accumulation.PER_PERIOD, YEAR_END, numeric,
                Likelihood.IMPOSSIBLE, null);

        assertThat(evaluation.status()).isEqualTo(Status.RED);
        assertThat(IndicatorScore.fraction(q, numeric, evaluation)).contains(new BigDecimal("0.9000"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nothing reported
            a judgement for a number
            """)
    void an_indicator_without_a_number_does_not_apply(String situation) {
        Target.Quantitative q = new Target.Quantitative(Comparator.GE, BigDecimal.valueOf(98), "%");
        Actual actual = situation.startsWith("nothing") ? null
                : new Actual.Judged(org.perfgoals.monitoring.domain.Assessment.MET);
        Evaluation evaluation = evaluator.evaluate(q, Accumulation.PER_PERIOD, YEAR_END, actual, null, null);

        assertThat(evaluation.status()).isEqualTo(Status.NO_DATA);
        assertThat(IndicatorScore.fraction(q, actual, evaluation)).isEmpty();
        assertThat(IndicatorScore.fraction(q, Accumulation.CUMULATIVE, YEAR_END, actual, evaluation)).isEmpty();
    }

    @ParameterizedTest(name = "evaluation {0}")
    @CsvSource({"NO_DATA", "NEEDS_ASSESSMENT"})
    void an_evaluation_without_a_verdict_makes_the_indicator_not_apply_even_with_a_value(Status status) {
        Target.Quantitative q = new Target.Quantitative(Comparator.GE, BigDecimal.valueOf(98), "%");

        assertThat(IndicatorScore.fraction(q, new Actual.Numeric(BigDecimal.TEN),
                new Evaluation(status, null, "noData", Map.of()))).isEmpty();
    }

    @ParameterizedTest(name = "rate {0} % by month {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            45     | 6  | 0.9000
            50     | 6  | 1.0000
            60     | 6  | 1.0000
            20     | 3  | 0.8000
            58.33  | 7  | 1.0000
            40     | 7  | 0.6858
            95     | 12 | 0.9500
            89.99  | 12 | 0.8999
            100    | 12 | 1.0000
            143    | 12 | 1.0000
            340    | 6  | 1.0000
            0      | 12 | 0.0000
            -5     | 12 | 0.0000
            """)
    void budget_execution_earns_its_rate_against_time_progress_capped_at_full_marks(
            BigDecimal rate, int endMonth, BigDecimal fraction) {
        assertThat(IndicatorScore.budgetExecutionFraction(rate, new Period(2019, endMonth))).isEqualTo(fraction);
    }

    @Test
    void budget_execution_takes_the_rate_as_budget_execution_computes_it() {
        BigDecimal rate = BudgetExecution.rate(new BigDecimal("18372648"), new BigDecimal("16535383.20")); // 90 %

        assertThat(IndicatorScore.budgetExecutionFraction(rate, YEAR_END)).isEqualTo(new BigDecimal("0.9000"));
    }
}
