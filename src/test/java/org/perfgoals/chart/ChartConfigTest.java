package org.perfgoals.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChartConfigTest {

    private static List<BigDecimal> ramp(int size) {
        return IntStream.range(0, size).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void long_series_are_cut_to_a_thousand_bucket_means_and_their_labels_follow() {
        ChartConfig config = ChartConfig.lines(IntStream.range(0, 5000).mapToObj(i -> "t" + i).toList(),
                List.of(new Series("values", ramp(5000))), ValueFormat.NUMBER, "zh-CN", "");
        assertThat(config.labels()).hasSize(Downsampler.MAX_POINTS).startsWith("t0", "t5");
        List<BigDecimal> data = config.series().getFirst().data();
        assertThat(data).hasSize(Downsampler.MAX_POINTS);
        assertThat(data.getFirst()).isEqualByComparingTo("2");
        assertThat(data.getLast()).isEqualByComparingTo("4997");
    }

    @Test
    void short_series_and_gaps_stay_as_they_are() {
        Series series = new Series("q", java.util.Arrays.asList(BigDecimal.ONE, null, BigDecimal.TEN));
        assertThat(series.data()).containsExactly(BigDecimal.ONE, null, BigDecimal.TEN);
    }

    @Test
    void the_config_travels_as_plain_data_with_no_functions() {
        ChartConfig config = ChartConfig.bars(List.of("Q1", "Q2"), List.of(
                        new Series("rate", ramp(2)).asColumns().colored(List.of(StatusColors.RED, StatusColors.GREEN)),
                        new Series("time", List.of(new BigDecimal("25"), new BigDecimal("50"))).asLine()),
                ValueFormat.PERCENT, "zh-CN", "无")
                .withAnnotations(List.of(Annotation.line(new BigDecimal("90"), "90 %", StatusColors.YELLOW)));
        JsonNode json = JsonMapper.builder().build().valueToTree(config);
        assertThat(json.path("type").asString()).isEqualTo("bar");
        assertThat(json.path("valueFormat").asString()).isEqualTo("percent");
        assertThat(json.path("series").get(0).path("type").asString()).isEqualTo("column");
        assertThat(json.path("series").get(0).path("colors").get(0).asString()).isEqualTo(StatusColors.RED);
        assertThat(json.path("series").get(1).path("type").asString()).isEqualTo("line");
        assertThat(json.path("annotations").get(0).path("y").decimalValue()).isEqualByComparingTo("90");
        assertThat(json.toString()).doesNotContain("function").doesNotContain("=>");
    }
}
