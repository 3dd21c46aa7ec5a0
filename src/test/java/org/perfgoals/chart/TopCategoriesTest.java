package org.perfgoals.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopCategoriesTest {

    private static Map<String, BigDecimal> units(int count) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            values.put("单位" + i, BigDecimal.valueOf(i * 1000L));
        }
        return values;
    }

    @Test
    void few_categories_all_come_back_largest_first() {
        Map<String, BigDecimal> top = TopCategories.of(units(3), 15, n -> "其他 " + n + " 个单位");
        assertThat(top.keySet()).containsExactly("单位3", "单位2", "单位1");
    }

    @Test
    void exactly_max_categories_need_no_rest() {
        assertThat(TopCategories.of(units(15), 15, n -> "其他").keySet()).hasSize(15).doesNotContain("其他");
    }

    @Test
    void many_categories_keep_the_largest_and_sum_the_rest() {
        Map<String, BigDecimal> top = TopCategories.of(units(200), 15, n -> "其他 " + n + " 个单位");
        assertThat(top).hasSize(15);
        assertThat(top.keySet()).startsWith("单位200", "单位199").endsWith("其他 186 个单位");
        // 1..186 thousands: 186·187/2 = 17,391 thousand
        assertThat(top.get("其他 186 个单位")).isEqualByComparingTo("17391000");
        BigDecimal all = units(200).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(top.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(all);
    }

    @Test
    void a_max_without_room_for_the_rest_is_refused() {
        assertThatThrownBy(() -> TopCategories.of(units(3), 1, n -> "")).isInstanceOf(IllegalArgumentException.class);
    }
}
