package org.perfgoals.monitoring.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SelfEvaluatorTest {

    /**
     * Lines written "一级:weight:fraction" separated by spaces; fraction "-" for an indicator that does not apply.
     */
    @ParameterizedTest(name = "{0} → {1} {2}, applicable {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            产出:50:1 效果:30:1 影响:10:1 投入:10:1                 | 100.0 | EXCELLENT | 100
            产出:50:1 效果:30:0.8 影响:10:0.9 投入:10:0.95          | 92.5  | EXCELLENT | 100
            产出:50:0.8 效果:30:- 投入:20:1                         | 85.7  | GOOD      | 70
            产出:50:0.6 效果:50:-                                   | 60.0  | FAIR      | 50
            产出:25:0.5 产出:25:0.7 效果:50:0.3                     | 45.0  | POOR      | 100
            产出:33.3333:1 产出:33.3333:0.9 产出:33.3334:0.3        | 73.3  | FAIR      | 100
            产出:12.5:0.7 效果:87.5:-                               | 70.0  | FAIR      | 12.5
            产出:50:0 效果:50:0                                     | 0.0   | POOR      | 100
            产出:0:1 效果:100:0.8999                                | 90.0  | EXCELLENT | 100
            产出:100:0.8994                                         | 89.9  | GOOD      | 100
            产出:40:- 效果:60:0.9                                   | 90.0  | EXCELLENT | 60
            """)
    void the_total_adds_weight_times_fraction_and_rescales_to_100_over_the_lines_that_apply(
            String lines, BigDecimal total, Grade grade, BigDecimal applicableWeight) {
        SelfEvaluation evaluation = SelfEvaluator.evaluate(parse(lines));

        assertThat(evaluation.total()).isEqualTo(total);
        assertThat(evaluation.grade()).isEqualTo(grade);
        assertThat(evaluation.applicableWeight()).isEqualByComparingTo(applicableWeight);
        assertThat(evaluation.scorable()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notScorable")
    void nothing_applicable_gives_no_total_no_grade_and_no_breakdown(String situation, List<ScoreLine> lines) {
        SelfEvaluation evaluation = SelfEvaluator.evaluate(lines);

        assertThat(evaluation.total()).isNull();
        assertThat(evaluation.grade()).isNull();
        assertThat(evaluation.breakdown()).isEmpty();
        assertThat(evaluation.applicableWeight()).isEqualByComparingTo("0");
        assertThat(evaluation.scorable()).isFalse();
    }

    static Stream<Arguments> notScorable() {
        return Stream.of(
                Arguments.of("no lines", List.of()),
                Arguments.of("no line applies", parse("产出:50:- 效果:50:-")),
                Arguments.of("the lines that apply weigh nothing", parse("产出:0:1 效果:100:-")));
    }

    @Test
    void the_breakdown_keeps_the_first_seen_order_and_rescales_like_the_total() {
        SelfEvaluation evaluation = SelfEvaluator.evaluate(parse("产出:25:0.8 效果:30:- 产出:25:1 投入:20:0.5"));

        // applicable 70: 产出 (20 + 25) / 70 × 100, 投入 10 / 70 × 100
        assertThat(evaluation.total()).isEqualTo(new BigDecimal("78.6"));
        assertThat(evaluation.breakdown()).containsExactly(
                new Level1Score("产出", new BigDecimal("50.0000"), new BigDecimal("64.29"), new BigDecimal("71.43")),
                new Level1Score("效果", new BigDecimal("30.0000"), new BigDecimal("0.00"), new BigDecimal("0.00")),
                new Level1Score("投入", new BigDecimal("20.0000"), new BigDecimal("14.29"), new BigDecimal("28.57")));
    }

    @Test
    void with_every_line_applicable_the_breakdown_shows_the_weights_as_maximum_points() {
        SelfEvaluation evaluation = SelfEvaluator.evaluate(parse("产出:50:0.9 效果:30:0.5 影响:10:1 投入:10:0.7"));

        assertThat(evaluation.breakdown()).extracting(Level1Score::maxPoints)
                .containsExactly(new BigDecimal("50.00"), new BigDecimal("30.00"), new BigDecimal("10.00"),
                        new BigDecimal("10.00"));
        assertThat(evaluation.breakdown()).extracting(Level1Score::points)
                .containsExactly(new BigDecimal("45.00"), new BigDecimal("15.00"), new BigDecimal("10.00"),
                        new BigDecimal("7.00"));
        assertThat(evaluation.total()).isEqualTo(new BigDecimal("77.0"));
        assertThat(evaluation.grade()).isEqualTo(Grade.FAIR);
    }

    @Test
    void dropping_an_indicator_scores_like_weighing_the_others_up_to_100() {
        SelfEvaluation dropped = SelfEvaluator.evaluate(parse("产出:40:0.75 效果:20:- 投入:40:0.5"));
        SelfEvaluation reweighed = SelfEvaluator.evaluate(parse("产出:50:0.75 投入:50:0.5"));

        assertThat(dropped.total()).isEqualTo(reweighed.total()).isEqualTo(new BigDecimal("62.5"));
    }

    @Test
    void seed_form_1_with_equal_weights_is_scored_end_to_end() {
        Map<Long, BigDecimal> weights = Weights.equalWithinLevels(WeightsTest.seedForm1(), Map.of());
        List<ScoreLine> lines = new ArrayList<>();
        for (WeightKey key : WeightsTest.seedForm1()) {
            // everything met, except 系统建设完成率 (id 1) at half and 满意度 (id 17) not yet surveyed
            BigDecimal fraction = key.indicatorId() == 1 ? new BigDecimal("0.5")
                    : key.indicatorId() == 17 ? null : BigDecimal.ONE;
            lines.add(new ScoreLine(key.indicatorId(), key.level1(), weights.get(key.indicatorId()), fraction));
        }

        SelfEvaluation evaluation = SelfEvaluator.evaluate(lines);

        // applicable 100 − 12.5 = 87.5; earned 87.5 − 6.25 = 81.25; 81.25 / 87.5 = 92.857 %
        assertThat(evaluation.applicableWeight()).isEqualByComparingTo("87.5000");
        assertThat(evaluation.total()).isEqualTo(new BigDecimal("92.9"));
        assertThat(evaluation.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(evaluation.breakdown()).extracting(Level1Score::level1)
                .containsExactly("投入和管理目标", "产出目标", "效果目标", "影响力目标");
        assertThat(evaluation.breakdown()).as("each 一级 carries exactly its 25 points").extracting(Level1Score::weight)
                .containsExactly(new BigDecimal("25.0000"), new BigDecimal("25.0000"), new BigDecimal("25.0000"),
                        new BigDecimal("25.0000"));
    }

    @ParameterizedTest(name = "weight {0}, fraction {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            -1  | 0.5
            10  | 1.0001
            10  | -0.1
            """)
    void a_line_with_a_negative_weight_or_a_fraction_outside_0_to_1_is_refused(BigDecimal weight, BigDecimal fraction) {
        assertThatThrownBy(() -> new ScoreLine(1, "产出目标", weight, fraction))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_line_without_level1_is_reported_as_ungraded() {
        ScoreLine line = new ScoreLine(1, null, BigDecimal.TEN, null);

        assertThat(line.level1()).isEqualTo(WeightKey.UNGRADED_LEVEL1);
        assertThat(line.applies()).isFalse();
    }

    static List<ScoreLine> parse(String lines) {
        List<ScoreLine> parsed = new ArrayList<>();
        long id = 1;
        for (String line : lines.trim().split("\\s+")) {
            String[] parts = line.split(":");
            parsed.add(new ScoreLine(id++, parts[0], new BigDecimal(parts[1]),
                    parts[2].equals("-") ? null : new BigDecimal(parts[2])));
        }
        return parsed;
    }
}
