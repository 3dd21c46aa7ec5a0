package org.perfgoals.monitoring.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class Level1PointsCheckTest {

    private static final List<String> PROJECT = List.of("产出目标", "效果目标", "影响力目标", "投入和管理目标");

    /** "产出目标=40, 效果目标=30" → the map; "-" stands for an empty field. */
    private static Map<String, BigDecimal> points(String written) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (String pair : written.split(",\\s*")) {
            String[] kv = pair.split("=");
            points.put(kv[0], kv[1].equals("-") ? null : new BigDecimal(kv[1]));
        }
        return points;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("产出目标=40, 效果目标=30, 影响力目标=20, 投入和管理目标=10", List.of()),
                Arguments.of("产出目标=25.5, 效果目标=24.5, 影响力目标=25, 投入和管理目标=25", List.of()),
                Arguments.of("产出目标=100, 效果目标=0, 影响力目标=0, 投入和管理目标=0", List.of()),
                Arguments.of("产出目标=33.3333, 效果目标=33.3333, 影响力目标=33.3334, 投入和管理目标=0", List.of()),
                Arguments.of("产出目标=40, 效果目标=30, 影响力目标=20, 投入和管理目标=20",
                        List.of("null weights.sumNot100 [110]")),
                Arguments.of("产出目标=0, 效果目标=0, 影响力目标=0, 投入和管理目标=0",
                        List.of("null weights.sumNot100 [0]")),
                Arguments.of("产出目标=40, 效果目标=30, 影响力目标=20",
                        List.of("投入和管理目标 weights.missing [投入和管理目标]")),
                Arguments.of("产出目标=40, 效果目标=30, 影响力目标=20, 投入和管理目标=-",
                        List.of("投入和管理目标 weights.missing [投入和管理目标]")),
                Arguments.of("产出目标=140, 效果目标=-40, 影响力目标=0, 投入和管理目标=0",
                        List.of("产出目标 weights.outOfRange [产出目标, 140]",
                                "效果目标 weights.outOfRange [效果目标, -40]")),
                Arguments.of("产出目标=40.12345, 效果目标=30, 影响力目标=20, 投入和管理目标=9.87655",
                        List.of("产出目标 weights.tooPrecise [产出目标, 40.12345, 4]",
                                "投入和管理目标 weights.tooPrecise [投入和管理目标, 9.87655, 4]")),
                Arguments.of("产出目标=40, 效果目标=30, 影响力目标=20, 投入和管理目标=10, 满意度目标=0",
                        List.of("满意度目标 weights.unknownLevel1 [满意度目标, 产出目标、效果目标、影响力目标、投入和管理目标]")),
                // The forms' own spacing does not make a different 一级.
                Arguments.of(" 产出目标 =40, 效果目标=30, 影响力目标=20, 投入和管理目标=10", List.of()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void checks_the_points_of_every_level1(String written, List<String> expected) {
        assertThat(Level1PointsCheck.check(PROJECT, points(written)))
                .extracting(p -> p.level1() + " " + p.code() + " " + p.args())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void a_form_without_level1_names_weighs_its_rows_as_ungraded() {
        List<String> project = java.util.Arrays.asList(null, " ");
        assertThat(Level1PointsCheck.check(project, Map.of(WeightKey.UNGRADED_LEVEL1, new BigDecimal("100"))))
                .isEmpty();
        assertThat(Level1PointsCheck.check(project, Map.of(WeightKey.UNGRADED_LEVEL1, new BigDecimal("90"))))
                .extracting(Level1PointsCheck.Problem::code).containsExactly("weights.sumNot100");
    }

    @Test
    void the_checked_points_weigh_the_indicators_to_exactly_100() {
        Map<String, BigDecimal> points = points("产出目标=40, 效果目标=30, 影响力目标=20, 投入和管理目标=10");
        List<WeightKey> keys = List.of(new WeightKey("产出目标", "数量目标", 1), new WeightKey("产出目标", "质量目标", 2),
                new WeightKey("产出目标", "质量目标", 3), new WeightKey("效果目标", "社会效益目标", 4),
                new WeightKey("影响力目标", "满意度", 5), new WeightKey("投入和管理目标", "预算执行率", 6));
        Map<Long, BigDecimal> weights = SchemeWeights.custom(points).weigh(keys);
        assertThat(weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        assertThat(weights.get(1L)).isEqualByComparingTo("20");
        assertThat(weights.get(2L)).isEqualByComparingTo("10");
        assertThat(weights.get(6L)).isEqualByComparingTo("10");
    }
}
