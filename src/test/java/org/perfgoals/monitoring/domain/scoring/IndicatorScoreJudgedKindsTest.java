package org.perfgoals.monitoring.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Comparator;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.domain.Actual;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.Evaluation;
import org.perfgoals.monitoring.domain.Evaluator;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Thresholds;

/** Compound, qualitative, relative and deadline targets. */
class IndicatorScoreJudgedKindsTest {

    private static final Period YEAR_END = Period.quarter(2019, 4);
    private final Evaluator evaluator = new Evaluator(Thresholds.defaults());

    /** 二级故障 of the seed: 响应时间 ≤ 30 分钟 and 故障处理时间 ≤ 180 分钟. */
    private static final Target.Compound REPAIR = new Target.Compound(List.of(
            new Target.Part("响应时间", new Target.Quantitative(Comparator.LE, BigDecimal.valueOf(30), "分钟")),
            new Target.Part("故障处理时间", new Target.Quantitative(Comparator.LE, BigDecimal.valueOf(180), "分钟"))));

    /** About 1000 people trained, and at least 90 % of them satisfied. */
    private static final Target.Compound TRAINING = new Target.Compound(List.of(
            new Target.Part("培训人数", new Target.Quantitative(Comparator.APPROX, BigDecimal.valueOf(1000), "人")),
            new Target.Part("满意度", new Target.Quantitative(Comparator.GE, BigDecimal.valueOf(90), "%"))));

    @ParameterizedTest(name = "response {0}, repair {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            25 | 170 | 1.0000
            30 | 180 | 1.0000
            0  | 0   | 1.0000
            60 | 170 | 0.7500
            31 | 181 | 0.9811
            60 | 360 | 0.5000
            60 | -   | 0.2500
            -  | 360 | 0.2500
            """)
    void a_compound_target_scores_the_mean_of_its_parts_each_by_its_own_polarity(
            BigDecimal response, BigDecimal repair, BigDecimal fraction) {
        Actual values = partValues("响应时间", response, "故障处理时间", repair);
        Evaluation evaluation = evaluator.evaluate(REPAIR, Accumulation.PER_PERIOD, YEAR_END, values, null, null);

        assertThat(IndicatorScore.fraction(REPAIR, values, evaluation)).contains(fraction);
    }

    @ParameterizedTest(name = "trained {0}, satisfied {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1030 | 95 | 1.0000
            1030 | 81 | 0.9500
            1200 | 95 | 0.9000
            1200 | 81 | 0.8500
            """)
    void an_approximate_part_within_its_tolerance_is_met_and_outside_it_scores_its_closeness(
            BigDecimal trained, BigDecimal satisfied, BigDecimal fraction) {
        Actual values = partValues("培训人数", trained, "满意度", satisfied);
        Evaluation evaluation = evaluator.evaluate(TRAINING, Accumulation.PER_PERIOD, YEAR_END, values, null, null);

        assertThat(IndicatorScore.fraction(TRAINING, values, evaluation)).contains(fraction);
    }

    @ParameterizedTest(name = "response {0}, repair {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            25 | -
            -  | 170
            -  | -
            """)
    void a_compound_target_with_parts_missing_and_none_missed_does_not_apply(BigDecimal response, BigDecimal repair) {
        Actual values = partValues("响应时间", response, "故障处理时间", repair);
        Evaluation evaluation = evaluator.evaluate(REPAIR, Accumulation.PER_PERIOD, YEAR_END, values, null, null);

        assertThat(IndicatorScore.fraction(REPAIR, values, evaluation)).isEmpty();
    }

    @Test
    void a_compound_target_without_part_values_does_not_apply() {
        Actual number = new Actual.Numeric(BigDecimal.TEN);

        assertThat(IndicatorScore.fraction(REPAIR, null,
                evaluator.evaluate(REPAIR, Accumulation.PER_PERIOD, YEAR_END, null, null, null))).isEmpty();
        assertThat(IndicatorScore.fraction(REPAIR, number,
                evaluator.evaluate(REPAIR, Accumulation.PER_PERIOD, YEAR_END, number, null, null))).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MET        | 0.9000
            PARTLY_MET | 0.7000
            NOT_MET    | 0.3000
            """)
    void a_qualitative_judgement_earns_the_middle_of_its_national_band(Assessment assessment, BigDecimal fraction) {
        Target target = new Target.Qualitative("健全");
        Actual judged = new Actual.Judged(assessment);
        Evaluation evaluation = evaluator.evaluate(target, Accumulation.PER_PERIOD, YEAR_END, judged, null, null);

        assertThat(IndicatorScore.fraction(target, judged, evaluation)).contains(fraction);
        assertThat(IndicatorScore.judgedShare(assessment)).isEqualTo(fraction);
    }

    @Test
    void the_judged_shares_are_the_middles_of_80_to_100_60_to_80_and_0_to_60_percent() {
        assertThat(IndicatorScore.MET_SHARE).isEqualByComparingTo("0.9");
        assertThat(IndicatorScore.PARTLY_MET_SHARE).isEqualByComparingTo("0.7");
        assertThat(IndicatorScore.NOT_MET_SHARE).isEqualByComparingTo("0.3");
        assertThat(IndicatorScore.DONE_LATE_SHARE).isEqualByComparingTo("0.6");
    }

    @Test
    void a_qualitative_target_nobody_has_judged_does_not_apply() {
        Target target = new Target.Qualitative("合规");
        Actual number = new Actual.Numeric(BigDecimal.ONE);

        assertThat(IndicatorScore.fraction(target, null,
                evaluator.evaluate(target, Accumulation.PER_PERIOD, YEAR_END, null, null, null))).isEmpty();
        assertThat(IndicatorScore.fraction(target, number,
                evaluator.evaluate(target, Accumulation.PER_PERIOD, YEAR_END, number, null, null))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} against last year {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            较上一年度有提升 | 110 | 100 | 1.0000
            较上一年度有提升 | 100 | 100 | 0.7000
            较上一年度有提升 | 90  | 100 | 0.3000
            不低于上年      | 100 | 100 | 1.0000
            投诉量较上年下降 | 80  | 100 | 1.0000
            投诉量较上年下降 | 120 | 100 | 0.3000
            """)
    void a_relative_target_with_a_number_scores_by_its_colour(String wording, BigDecimal actual, BigDecimal baseline,
                                                            BigDecimal fraction) {
        Target target = new Target.Relative(wording);
        Actual numeric = new Actual.Numeric(actual);
        Evaluation evaluation = evaluator.evaluate(target, Accumulation.PER_PERIOD, YEAR_END, numeric, null, baseline);

        assertThat(IndicatorScore.fraction(target, numeric, evaluation)).contains(fraction);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MET        | 0.9000
            PARTLY_MET | 0.7000
            NOT_MET    | 0.3000
            """)
    void a_relative_target_judged_by_a_person_scores_like_a_qualitative_one(Assessment assessment,
            BigDecimal fraction) {
        Target target = new Target.Relative("较上一年度有提升");
        Actual judged = new Actual.Judged(assessment);
        Evaluation evaluation = evaluator.evaluate(target, Accumulation.PER_PERIOD, YEAR_END, judged, null, null);

        assertThat(IndicatorScore.fraction(target, judged, evaluation)).contains(fraction);
    }

    @ParameterizedTest(name = "actual {0}, baseline {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            110 | -
            -   | 100
            -   | -
            """)
    void a_relative_target_without_a_value_or_a_baseline_does_not_apply(BigDecimal actual, BigDecimal baseline) {
        Target target = new Target.Relative("较上一年度有提升");
        Actual numeric = actual == null ? null : new Actual.Numeric(actual);
        Evaluation evaluation = evaluator.evaluate(target, Accumulation.PER_PERIOD, YEAR_END, numeric, null, baseline);

        assertThat(IndicatorScore.fraction(target, numeric, evaluation)).isEmpty();
    }

    @ParameterizedTest(name = "due {0}, done {1}, judged at month {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2019-06-30 | 2019-06-01 | 12 | 1.0000
            2019-06-30 | 2019-06-30 | 12 | 1.0000
            2019-06-30 | 2019-07-15 | 12 | 0.6000
            2019-06-30 | 2019-07-15 | 9  | 0.6000
            2019-06-30 | -          | 12 | 0.0000
            2019-06-30 | -          | 6  | 0.0000
            2019-12-31 | -          | 12 | 0.0000
            2019-12-31 | 2019-03-31 | 3  | 1.0000
            """)
    void a_deadline_earns_full_marks_on_time_part_marks_late_and_nothing_once_passed_undone(
            LocalDate due, LocalDate doneOn, int endMonth, BigDecimal fraction) {
        Target target = new Target.Deadline(due, "系统上线");
        Actual progress = doneOn == null ? Actual.DeadlineProgress.notDone() : Actual.DeadlineProgress.doneOn(doneOn);
        Period period = new Period(2019, endMonth);
        Evaluation evaluation = evaluator.evaluate(target, Accumulation.PER_PERIOD, period, progress, null, null);

        assertThat(IndicatorScore.fraction(target, Accumulation.PER_PERIOD, period, progress, evaluation))
                .contains(fraction);
        assertThat(IndicatorScore.fraction(target, progress, evaluation)).contains(fraction);
    }

    @ParameterizedTest(name = "due {0}, judged at month {1}: pending")
    @CsvSource(delimiter = '|', textBlock = """
            2019-06-30 | 3
            2019-12-31 | 3
            2019-12-31 | 9
            """)
    void a_deadline_not_yet_due_and_not_done_does_not_apply_yet(LocalDate due, int endMonth) {
        Target target = new Target.Deadline(due, "系统上线");
        Actual progress = Actual.DeadlineProgress.notDone();
        Period period = new Period(2019, endMonth);
        Evaluation evaluation = evaluator.evaluate(target, Accumulation.PER_PERIOD, period, progress, null, null);

        assertThat(IndicatorScore.fraction(target, Accumulation.PER_PERIOD, period, progress, evaluation)).isEmpty();
    }

    @Test
    void a_pending_deadline_the_reporter_calls_impossible_scores_nothing() {
        Target target = new Target.Deadline(LocalDate.of(2019, 12, 31), "系统上线");
        Actual progress = Actual.DeadlineProgress.notDone();
        Period q3 = Period.quarter(2019, 3);
        Evaluation evaluation = evaluator.evaluate(target, Accumulation.PER_PERIOD, q3, progress,
                Likelihood.IMPOSSIBLE, null);

        assertThat(IndicatorScore.fraction(target, Accumulation.PER_PERIOD, q3, progress, evaluation))
                .contains(new BigDecimal("0.0000"));
    }

    @Test
    void a_deadline_with_nothing_reported_does_not_apply() {
        Target target = new Target.Deadline(LocalDate.of(2019, 6, 30), "系统上线");
        Evaluation evaluation = evaluator.evaluate(target, Accumulation.PER_PERIOD, YEAR_END, null, null, null);

        assertThat(IndicatorScore.fraction(target, null, evaluation)).isEmpty();
    }

    private static Actual partValues(String label1, BigDecimal value1, String label2, BigDecimal value2) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (value1 != null) {
            values.put(label1, value1);
        }
        if (value2 != null) {
            values.put(label2, value2);
        }
        return new Actual.PartValues(values);
    }
}
