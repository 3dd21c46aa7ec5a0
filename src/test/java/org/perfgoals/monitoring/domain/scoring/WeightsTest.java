package org.perfgoals.monitoring.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WeightsTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100.0000");

    /**
     * The indicator table of seed form 1: 投入和管理目标 {项目实施管理:1, 资金投入管理:2}, 产出目标 {数量目标:3, 质量目标:2,
     * 时效目标:3}, 效果目标 {经济效益目标:1, 社会效益目标:2}, 影响力目标 {可持续目标:2, 满意度目标:1}; ids 1..17 in row order,
     * id 1 being 系统建设完成率.
     */
    static List<WeightKey> seedForm1() {
        return Shape.of(new String[][]{
                {"投入和管理目标", "项目实施管理", "1"}, {"投入和管理目标", "资金投入管理", "2"},
                {"产出目标", "数量目标", "3"}, {"产出目标", "质量目标", "2"}, {"产出目标", "时效目标", "3"},
                {"效果目标", "经济效益目标", "1"}, {"效果目标", "社会效益目标", "2"},
                {"影响力目标", "可持续目标", "2"}, {"影响力目标", "满意度目标", "1"}});
    }

    @ParameterizedTest(name = "indicator {0} weighs {1} with equal weights")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 12.5000
            2  | 6.2500
            3  | 6.2500
            4  | 2.7778
            5  | 2.7778
            6  | 2.7778
            7  | 4.1667
            8  | 4.1667
            9  | 2.7778
            10 | 2.7778
            11 | 2.7776
            12 | 12.5000
            13 | 6.2500
            14 | 6.2500
            15 | 6.2500
            16 | 6.2500
            17 | 12.5000
            """)
    void the_seed_form_shares_100_points_equally_level_by_level_each_level1_remainder_on_its_last_indicator(
            long id, BigDecimal weight) {
        Map<Long, BigDecimal> weights = Weights.equalWithinLevels(seedForm1(), Map.of());

        assertThat(weights.get(id)).isEqualTo(weight);
        assertThat(sum(weights)).isEqualTo(HUNDRED);
    }

    @ParameterizedTest(name = "indicator {0} weighs {1} under the national scheme")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 5.0000
            2  | 2.5000
            4  | 5.5556
            7  | 8.3333
            9  | 5.5556
            12 | 15.0000
            13 | 7.5000
            15 | 2.5000
            17 | 5.0000
            """)
    void the_national_scheme_gives_output_50_outcome_30_impact_10_and_management_10(long id, BigDecimal weight) {
        Map<Long, BigDecimal> weights = Weights.equalWithinLevels(seedForm1(), Weights.nationalScheme());

        assertThat(weights.get(id)).isEqualTo(weight);
        assertThat(sum(weights)).isEqualTo(HUNDRED);
    }

    @Test
    void the_national_scheme_maps_onto_the_four_shanghai_level1_and_sums_to_100() {
        assertThat(Weights.nationalScheme()).containsExactly(
                Map.entry("产出目标", BigDecimal.valueOf(50)), Map.entry("效果目标", BigDecimal.valueOf(30)),
                Map.entry("影响力目标", BigDecimal.valueOf(10)), Map.entry("投入和管理目标", BigDecimal.valueOf(10)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void weights_sum_to_exactly_100_with_4_decimals_for_every_shape(String name, List<WeightKey> indicators,
                                                                     Map<String, BigDecimal> overrides) {
        Map<Long, BigDecimal> weights = Weights.equalWithinLevels(indicators, overrides);

        assertThat(weights.keySet())
                .containsExactlyElementsOf(indicators.stream().map(WeightKey::indicatorId).toList());
        assertThat(sum(weights)).isEqualTo(HUNDRED);
        assertThat(weights.values()).allSatisfy(w -> {
            assertThat(w.scale()).isEqualTo(4);
            assertThat(w.signum()).isGreaterThanOrEqualTo(0);
        });
    }

    static Stream<Arguments> shapes() {
        List<Arguments> shapes = new ArrayList<>();
        shapes.add(Arguments.of("one indicator", Shape.of(new String[][]{{"产出目标", "数量目标", "1"}}), Map.of()));
        shapes.add(Arguments.of("seed form 1", seedForm1(), Map.of()));
        shapes.add(Arguments.of("seed form 1, national", seedForm1(), Weights.nationalScheme()));
        shapes.add(Arguments.of("three by three", Shape.of(new String[][]{
                {"A", "a", "3"}, {"B", "b", "3"}, {"C", "c", "3"}}), Map.of()));
        shapes.add(Arguments.of("seven in one level", Shape.of(new String[][]{{"A", "a", "7"}}), Map.of()));
        shapes.add(Arguments.of("primes", Shape.of(new String[][]{
                {"A", "a", "7"}, {"A", "b", "11"}, {"B", "c", "13"}, {"C", "d", "17"}, {"C", "e", "19"}}), Map.of()));
        shapes.add(Arguments.of("no levels at all", Shape.of(new String[][]{{null, null, "6"}}), Map.of()));
        shapes.add(Arguments.of("custom 33.3333 for one of three", Shape.of(new String[][]{
                {"A", "a", "3"}, {"B", "b", "7"}, {"C", "c", "9"}}), Map.of("A", new BigDecimal("33.3333"))));
        shapes.add(Arguments.of("national on a project without impact", Shape.of(new String[][]{
                {"产出目标", "数量目标", "3"}, {"效果目标", "社会效益目标", "7"}, {"投入和管理目标", "预算执行率", "1"}}),
                Weights.nationalScheme()));
        Random random = new Random(20191231L);
        for (int shape = 0; shape < 40; shape++) {
            List<String[]> rows = new ArrayList<>();
            int level1s = 1 + random.nextInt(5);
            for (int l1 = 0; l1 < level1s; l1++) {
                int level2s = 1 + random.nextInt(4);
                for (int l2 = 0; l2 < level2s; l2++) {
                    rows.add(new String[]{"L" + l1, "l" + l2, String.valueOf(1 + random.nextInt(9))});
                }
            }
            Map<String, BigDecimal> overrides = shape % 3 == 0
                    ? Map.of("L0", BigDecimal.valueOf(random.nextInt(10001), 2))
                    : Map.of();
            shapes.add(Arguments.of("random shape " + shape + " " + overrides, Shape.of(rows.toArray(String[][]::new)),
                    overrides));
        }
        return shapes.stream();
    }

    @Test
    void a_single_indicator_weighs_100() {
        assertThat(Weights.equalWithinLevels(List.of(new WeightKey("产出目标", "数量目标", 42)), null))
                .containsExactly(Map.entry(42L, HUNDRED));
    }

    @Test
    void an_override_fixes_one_level1_and_the_others_share_the_rest_equally() {
        List<WeightKey> indicators = List.of(new WeightKey("产出目标", "数量目标", 1),
                new WeightKey("效果目标", "社会效益目标", 2), new WeightKey("影响力目标", "满意度目标", 3),
                new WeightKey("投入和管理目标", "资金投入管理", 4));

        Map<Long, BigDecimal> weights = Weights.equalWithinLevels(indicators, Map.of("产出目标", BigDecimal.valueOf(60)));

        assertThat(weights).containsExactly(Map.entry(1L, new BigDecimal("60.0000")),
                Map.entry(2L, new BigDecimal("13.3333")), Map.entry(3L, new BigDecimal("13.3333")),
                Map.entry(4L, new BigDecimal("13.3334")));
    }

    @Test
    void national_weights_for_a_level1_the_project_lacks_are_ignored_and_the_rest_scaled_to_100() {
        List<WeightKey> indicators = List.of(new WeightKey("产出目标", "数量目标", 1),
                new WeightKey("效果目标", "社会效益目标", 2), new WeightKey("投入和管理目标", "预算执行率", 3));

        Map<Long, BigDecimal> weights = Weights.equalWithinLevels(indicators, Weights.nationalScheme());

        // 50 : 30 : 10 scaled to 100
        assertThat(weights).containsExactly(Map.entry(1L, new BigDecimal("55.5556")),
                Map.entry(2L, new BigDecimal("33.3333")), Map.entry(3L, new BigDecimal("11.1111")));
    }

    @Test
    void overrides_that_leave_nothing_for_the_other_level1_give_them_weight_0() {
        List<WeightKey> indicators = List.of(new WeightKey("A", "a", 1), new WeightKey("B", "b", 2));

        assertThat(Weights.equalWithinLevels(indicators, Map.of("A", BigDecimal.valueOf(100))))
                .containsExactly(Map.entry(1L, HUNDRED), Map.entry(2L, new BigDecimal("0.0000")));
    }

    @Test
    void a_missing_level1_or_level2_is_grouped_as_ungraded_rather_than_dropped() {
        List<WeightKey> indicators = List.of(new WeightKey(null, null, 1), new WeightKey(" ", "", 2),
                new WeightKey("产出目标", null, 3));

        assertThat(indicators.get(0).level1()).isEqualTo(WeightKey.UNGRADED_LEVEL1);
        assertThat(indicators.get(0).level2()).isEmpty();
        // 未分级 (ids 1, 2 in one 二级 "") and 产出目标 share 50 each
        assertThat(Weights.equalWithinLevels(indicators, Map.of())).containsExactly(
                Map.entry(1L, new BigDecimal("25.0000")), Map.entry(2L, new BigDecimal("25.0000")),
                Map.entry(3L, new BigDecimal("50.0000")));
    }

    @Test
    void no_indicators_have_no_weights() {
        assertThat(Weights.equalWithinLevels(List.of(), Weights.nationalScheme())).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            产出目标=-1                     | negative points
            产出目标=60,效果目标=40.01         | more than 100
            产出目标=101                    | more than 100
            产出目标=0,效果目标=0              | no points
            """)
    void invalid_overrides_are_refused(String overrides, String message) {
        List<WeightKey> indicators = List.of(new WeightKey("产出目标", "数量目标", 1), new WeightKey("效果目标", "社会效益目标", 2));
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (String pair : overrides.split(",")) {
            String[] kv = pair.split("=");
            points.put(kv[0], new BigDecimal(kv[1]));
        }

        assertThatThrownBy(() -> Weights.equalWithinLevels(indicators, points))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void an_indicator_listed_twice_is_refused() {
        List<WeightKey> indicators = List.of(new WeightKey("A", "a", 1), new WeightKey("B", "b", 1));

        assertThatThrownBy(() -> Weights.equalWithinLevels(indicators, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void a_weight_scheme_says_which_weights_were_used() {
        assertThat(SchemeWeights.equal().name()).isEqualTo("equal");
        assertThat(SchemeWeights.equal().level1Points()).isEmpty();
        assertThat(SchemeWeights.national().name()).isEqualTo("national");
        assertThat(SchemeWeights.national().level1Points()).isEqualTo(Weights.nationalScheme());
        SchemeWeights custom = SchemeWeights.custom(Map.of("产出目标", BigDecimal.valueOf(70)));
        assertThat(custom.name()).isEqualTo("custom");

        assertThat(SchemeWeights.national().weigh(seedForm1()))
                .isEqualTo(Weights.equalWithinLevels(seedForm1(), Weights.nationalScheme()));
        assertThat(SchemeWeights.equal().weigh(seedForm1())).containsEntry(1L, new BigDecimal("12.5000"));
        assertThat(custom.weigh(seedForm1())).containsEntry(4L, new BigDecimal("7.7778")); // 70 / 3 / 3
    }

    private static BigDecimal sum(Map<Long, BigDecimal> weights) {
        return weights.values().stream().reduce(BigDecimal.ZERO.setScale(4), BigDecimal::add);
    }

    /** Builds weight keys from rows {一级, 二级, number of indicators}, numbering the indicators from 1. */
    static final class Shape {
        static List<WeightKey> of(String[][] rows) {
            List<WeightKey> keys = new ArrayList<>();
            long id = 1;
            for (String[] row : rows) {
                int count = Integer.parseInt(row[2]);
                for (int i = 0; i < count; i++) {
                    keys.add(new WeightKey(row[0], row[1], id++));
                }
            }
            return keys;
        }
    }
}
