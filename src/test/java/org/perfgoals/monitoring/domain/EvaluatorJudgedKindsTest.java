package org.perfgoals.monitoring.domain;

import org.perfgoals.indicator.domain.Accumulation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.perfgoals.indicator.domain.Comparator;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetParser;

/** Compound, qualitative, relative and deadline targets; missing values, mismatches and likelihood. */
class EvaluatorJudgedKindsTest {

    private static final Period Q2 = Period.quarter(2019, 2);
    private final Evaluator evaluator = new Evaluator(Thresholds.defaults());

    /** 二级故障 of the seed: 响应时间 ≤ 30 分钟 and 故障处理时间 ≤ 180 分钟. */
    private static final Target REPAIR = new TargetParser().parse("响应时间： ≤ 30 分钟内，故障处理时间 ≤ 180 分钟").target();

    @ParameterizedTest(name = "response {0}, repair {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            25 | 170 | GREEN | met | GREEN | GREEN
            30 | 180 | GREEN | met | GREEN | GREEN
            0 | 0 | GREEN | met | GREEN | GREEN
            31 | 170 | RED | partMissed | RED | GREEN
            25 | 181 | RED | partMissed | GREEN | RED
            31 | 181 | RED | partMissed | RED | RED
            25 | - | NO_DATA | partMissing | GREEN | NO_DATA
            - | 170 | NO_DATA | partMissing | NO_DATA | GREEN
            31 | - | RED | partMissed | RED | NO_DATA
            - | 200 | RED | partMissed | NO_DATA | RED
            - | - | NO_DATA | partMissing | NO_DATA | NO_DATA
            """)
    void a_compound_target_needs_every_part_and_a_missed_part_outranks_a_missing_one(
            BigDecimal response, BigDecimal repair, Status status, String reason, Status responseStatus,
            Status repairStatus) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (response != null) {
            values.put("响应时间", response);
        }
        if (repair != null) {
            values.put("故障处理时间", repair);
        }
        for (Accumulation accumulation : Accumulation.values()) { // compound parts are always per period
            Evaluation e = evaluator.evaluate(REPAIR, accumulation, Q2, new Actual.PartValues(values), null, null);

            assertThat(e.status()).isEqualTo(status);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.ratio()).isNull();
            assertThat(e.partStatuses()).containsExactly(Map.entry("响应时间", responseStatus),
                    Map.entry("故障处理时间", repairStatus));
        }
    }

    @ParameterizedTest(name = "接通率 {0} %, 等待 {1} 分钟, 投诉 ≈ {2} → {3}")
    @CsvSource({
            "80, 0.99, 10, GREEN, GREEN, GREEN, GREEN",
            "80, 1, 10, RED, GREEN, RED, GREEN",
            "79.9, 0.5, 10, RED, RED, GREEN, GREEN",
            "90, 0.5, 10.9, YELLOW, GREEN, GREEN, YELLOW",
            "90, 0.5, 12, RED, GREEN, GREEN, RED",
    })
    void each_part_of_a_compound_target_keeps_its_own_comparator(BigDecimal rate, BigDecimal wait,
                                                                 BigDecimal complaints, Status status,
                                                                 Status rateStatus, Status waitStatus,
                                                                 Status complaintStatus) {
        Target target = new Target.Compound(List.of(
                new Target.Part("接通率", new Target.Quantitative(Comparator.GE, new BigDecimal("80"), "%")),
                new Target.Part("等待时间", new Target.Quantitative(Comparator.LT, BigDecimal.ONE, "分钟")),
                new Target.Part("投诉", new Target.Quantitative(Comparator.APPROX, BigDecimal.TEN, "件"))));
        Actual actual = new Actual.PartValues(Map.of("接通率", rate, "等待时间", wait, "投诉", complaints));

        Evaluation e = evaluator.evaluate(target, Accumulation.PER_PERIOD, Q2, actual, null, null);

        assertThat(e.status()).isEqualTo(status);
        assertThat(e.partStatuses()).containsExactly(Map.entry("接通率", rateStatus), Map.entry("等待时间", waitStatus),
                Map.entry("投诉", complaintStatus));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"MET, GREEN, assessedMet", "PARTLY_MET, YELLOW, assessedPartlyMet", "NOT_MET, RED, assessedNotMet"})
    void a_qualitative_target_takes_the_persons_judgement(Assessment assessment, Status status, String reason) {
        Evaluation e = evaluator.evaluate(new Target.Qualitative("健全"), Accumulation.PER_PERIOD, Q2,
                new Actual.Judged(assessment), null, null);

        assertThat(e.status()).isEqualTo(status);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.ratio()).isNull();
    }

    @ParameterizedTest(name = "{0}: last year {1}, now {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            较上一年度有提升 | 90 | 91 | GREEN | improved | 1.0111
            较上一年度有提升 | 90 | 90 | YELLOW | unchanged | 1.0000
            较上一年度有提升 | 90 | 89 | RED | worsened | 0.9889
            较上一年度有提升 | 0 | 5 | GREEN | improved | -
            比上年提高 | 96.5 | 143 | GREEN | improved | 1.4819
            投诉量较上年下降 | 120 | 100 | GREEN | improved | 0.8333
            投诉量较上年下降 | 120 | 120 | YELLOW | unchanged | 1.0000
            投诉量较上年下降 | 120 | 130 | RED | worsened | 1.0833
            平均办理时间比上年降低 | 30 | 25 | GREEN | improved | 0.8333
            事故数量较上年减少 | 3 | 4 | RED | worsened | 1.3333
            不低于上年 | 90 | 90 | GREEN | unchanged | 1.0000
            不低于上年 | 90 | 89 | RED | worsened | 0.9889
            不超过上年 | 50 | 50 | GREEN | unchanged | 1.0000
            不超过上年 | 50 | 49 | GREEN | improved | 0.9800
            不超过上年 | 50 | 51 | RED | worsened | 1.0200
            比上年提高10% | 200 | 220 | GREEN | improved | 1.1000
            比上年提高10% | 200 | 219 | YELLOW | improvedTooLittle | 1.0950
            比上年提高10% | 200 | 200 | YELLOW | unchanged | 1.0000
            比上年提高10% | 200 | 199 | RED | worsened | 0.9950
            较上年增长5个百分点 | 85 | 90.5 | GREEN | improved | 1.0647
            较上年增长5个百分点 | 85 | 88 | YELLOW | improvedTooLittle | 1.0353
            投诉量较上年减少10件 | 120 | 110 | GREEN | improved | 0.9167
            投诉量较上年减少10件 | 120 | 115 | YELLOW | improvedTooLittle | 0.9583
            事故数量同比下降20%以上 | 50 | 40 | GREEN | improved | 0.8000
            事故数量同比下降20%以上 | 50 | 41 | YELLOW | improvedTooLittle | 0.8200
            """)
    void a_relative_target_compares_with_the_baseline_in_the_direction_its_wording_asks(
            String wording, BigDecimal baseline, BigDecimal actual, Status status, String reason, BigDecimal ratio) {
        Evaluation e = evaluator.evaluate(new Target.Relative(wording), Accumulation.PER_PERIOD, Q2,
                new Actual.Numeric(actual), null, baseline);

        assertThat(e.status()).isEqualTo(status);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.ratio()).isEqualTo(ratio);
    }

    @Test
    void a_relative_value_without_baseline_waits_for_a_person() {
        Evaluation e = evaluator.evaluate(new Target.Relative("较上一年度有提升"), Accumulation.PER_PERIOD, Q2,
                new Actual.Numeric(new BigDecimal("91")), null, null);

        assertThat(e.status()).isEqualTo(Status.NEEDS_ASSESSMENT);
        assertThat(e.reason()).isEqualTo("noBaseline");
    }

    @ParameterizedTest(name = "{0} with baseline {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            MET | - | GREEN
            PARTLY_MET | 90 | YELLOW
            NOT_MET | - | RED
            """)
    void a_relative_target_judged_by_a_person_is_taken_like_a_qualitative_one(Assessment assessment,
                                                                             BigDecimal baseline, Status status) {
        Evaluation e = evaluator.evaluate(new Target.Relative("较上一年度有提升"), Accumulation.PER_PERIOD, Q2,
                new Actual.Judged(assessment), null, baseline);

        assertThat(e.status()).isEqualTo(status);
        assertThat(e.reason()).isEqualTo(assessment.reason());
    }

    @ParameterizedTest(name = "due {0}, 1–{1}月, done {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2019-06-30 | 6 | 2019-06-30 | GREEN | doneOnTime
            2019-06-30 | 6 | 2019-05-01 | GREEN | doneOnTime
            2019-06-30 | 12 | 2019-06-29 | GREEN | doneOnTime
            2019-06-30 | 9 | 2019-07-01 | RED | doneLate
            2019-06-30 | 12 | 2019-12-01 | RED | doneLate
            2019-06-30 | 9 | - | RED | deadlinePassed
            2019-06-30 | 6 | - | RED | deadlinePassed
            2019-12-31 | 12 | - | RED | deadlinePassed
            2019-06-30 | 3 | - | YELLOW | deadlineDue
            2019-04-01 | 3 | - | YELLOW | deadlineDue
            2019-12-31 | 9 | - | YELLOW | deadlineDue
            2019-12-31 | 7 | - | GREEN | deadlinePending
            2019-06-30 | 2 | - | GREEN | deadlinePending
            2019-12-31 | 6 | - | GREEN | deadlinePending
            """)
    void a_deadline_is_judged_as_at_the_last_day_of_the_period(LocalDate due, int endMonth, LocalDate doneOn,
                                                               Status status, String reason) {
        Actual progress = doneOn == null ? Actual.DeadlineProgress.notDone() : Actual.DeadlineProgress.doneOn(doneOn);

        Evaluation e = evaluator.evaluate(new Target.Deadline(due, "完成系统建设"), Accumulation.PER_PERIOD,
                new Period(2019, endMonth), progress, null, null);

        assertThat(e.status()).isEqualTo(status);
        assertThat(e.reason()).isEqualTo(reason);
    }

    @Test
    void deadline_progress_has_a_date_exactly_when_done() {
        assertThatThrownBy(() -> new Actual.DeadlineProgress(true, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actual.DeadlineProgress(false, LocalDate.of(2019, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Target target(String kind) {
        return switch (kind) {
            case "quantitative" -> new Target.Quantitative(Comparator.GE, new BigDecimal("80"), "%");
            case "compound" -> REPAIR;
            case "qualitative" -> new Target.Qualitative("健全");
            case "relative" -> new Target.Relative("较上一年度有提升");
            default -> new Target.Deadline(LocalDate.of(2019, 12, 31), "");
        };
    }

    @ParameterizedTest(name = "{0}, baseline {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            quantitative | - | NO_DATA | noData
            compound | - | NO_DATA | noData
            qualitative | - | NEEDS_ASSESSMENT | notAssessed
            relative | - | NEEDS_ASSESSMENT | notAssessed
            relative | 90 | NO_DATA | noData
            deadline | - | NO_DATA | noData
            """)
    void nothing_entered_has_no_data_unless_a_person_must_judge(String kind, BigDecimal baseline, Status status,
                                                                String reason) {
        Evaluation e = evaluator.evaluate(target(kind), Accumulation.CUMULATIVE, Q2, null, null, baseline);

        assertThat(e.status()).isEqualTo(status);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.ratio()).isNull();
    }

    @Test
    void a_compound_without_values_shows_every_part_without_data() {
        Evaluation e = evaluator.evaluate(REPAIR, Accumulation.PER_PERIOD, Q2, null, null, null);

        assertThat(e.partStatuses()).containsExactly(Map.entry("响应时间", Status.NO_DATA),
                Map.entry("故障处理时间", Status.NO_DATA));
    }

    @ParameterizedTest(name = "{0} with a {1} value")
    @CsvSource({
            "quantitative, judged", "quantitative, parts", "quantitative, deadline",
            "compound, number", "compound, judged",
            "qualitative, number", "qualitative, deadline",
            "relative, parts", "relative, deadline",
            "deadline, number", "deadline, judged",
    })
    void a_value_of_the_wrong_kind_counts_as_no_data(String kind, String value) {
        Actual actual = switch (value) {
            case "judged" -> new Actual.Judged(Assessment.MET);
            case "parts" -> new Actual.PartValues(Map.of("响应时间", BigDecimal.ONE));
            case "deadline" -> Actual.DeadlineProgress.doneOn(LocalDate.of(2019, 1, 1));
            default -> new Actual.Numeric(new BigDecimal("99"));
        };

        Evaluation e = evaluator.evaluate(target(kind), Accumulation.PER_PERIOD, Q2, actual, null, BigDecimal.ONE);

        assertThat(e.status()).isEqualTo(Status.NO_DATA);
        assertThat(e.reason()).isEqualTo("actualMismatch");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            quantitative | 99 | 1.2375
            qualitative | - | -
            relative | 91 | 1.0111
            deadline | - | -
            """)
    void a_target_declared_impossible_is_red_whatever_the_value_says(String kind, BigDecimal number,
                                                                      BigDecimal ratio) {
        Actual actual = switch (kind) {
            case "qualitative" -> new Actual.Judged(Assessment.MET);
            case "deadline" -> Actual.DeadlineProgress.notDone();
            default -> new Actual.Numeric(number);
        };
        Evaluation green = evaluator.evaluate(target(kind), Accumulation.PER_PERIOD, Q2, actual, null,
                new BigDecimal("90"));
        Evaluation impossible = evaluator.evaluate(target(kind), Accumulation.PER_PERIOD, Q2, actual,
                Likelihood.IMPOSSIBLE, new BigDecimal("90"));

        assertThat(green.status()).isEqualTo(Status.GREEN);
        assertThat(impossible.status()).isEqualTo(Status.RED);
        assertThat(impossible.reason()).isEqualTo("impossible");
        assertThat(impossible.ratio()).isEqualTo(green.ratio()).isEqualTo(ratio);
    }

    @Test
    void impossible_overrides_missing_data_and_keeps_the_part_colours() {
        Evaluation noData = evaluator.evaluate(target("quantitative"), Accumulation.PER_PERIOD, Q2, null,
                Likelihood.IMPOSSIBLE, null);
        Evaluation compound = evaluator.evaluate(REPAIR, Accumulation.PER_PERIOD, Q2,
                new Actual.PartValues(Map.of("响应时间", BigDecimal.ONE, "故障处理时间", BigDecimal.ONE)),
                Likelihood.IMPOSSIBLE, null);

        assertThat(noData.status()).isEqualTo(Status.RED);
        assertThat(noData.reason()).isEqualTo("impossible");
        assertThat(compound.status()).isEqualTo(Status.RED);
        assertThat(compound.partStatuses()).containsValues(Status.GREEN).doesNotContainValue(Status.RED);
    }

    @ParameterizedTest(name = "likelihood {0}")
    @EnumSource(value = Likelihood.class, names = {"CERTAIN", "POSSIBLE"})
    void other_likelihoods_leave_the_verdict_alone(Likelihood likelihood) {
        Target target = target("quantitative");
        Actual missed = new Actual.Numeric(new BigDecimal("70"));

        assertThat(evaluator.evaluate(target, Accumulation.PER_PERIOD, Q2, missed, likelihood, null))
                .isEqualTo(evaluator.evaluate(target, Accumulation.PER_PERIOD, Q2, missed, null, null));
        assertThat(evaluator.evaluate(target, Accumulation.PER_PERIOD, Q2, missed, likelihood, null).status())
                .isEqualTo(Status.RED);
    }

    @Test
    void target_accumulation_and_period_are_required() {
        Target target = target("quantitative");
        assertThatThrownBy(() -> evaluator.evaluate(null, Accumulation.PER_PERIOD, Q2, null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> evaluator.evaluate(target, null, Q2, null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> evaluator.evaluate(target, Accumulation.PER_PERIOD, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
