package org.perfgoals.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfgoals.monitoring.domain.ActualInput.ParsedNumber;

class ActualInputTest {

    @ParameterizedTest(name = "[{0}] in ''{1}'' → {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            98 | % | false | 98
            98% | % | false | 98
            98.5 | % | false | 98.5
            ' 98.5 % ' | % | false | 98.5
            ９８．５％ | % | false | 98.5
            ９８．５ ％ | % | false | 98.5
            '98　' | % | false | 98
            98﹪ | % | false | 98
            ＋98 | % | false | 98
            +98 | % | false | 98
            98.50 | % | false | 98.5
            100 | % | false | 100
            100.00% | % | false | 100
            0 | % | false | 0
            -0 | % | false | 0
            0.1‰ | % | false | 0.01
            143% | % | true | 143
            340 | % | true | 340
            1,234 | 人 | false | 1234
            1，234 | 人 | false | 1234
            1,234,567.5 | 元 | false | 1234567.5
            18,372,648 | 元 | false | 18372648
            40万 | 人 | false | 400000
            40 万 | 人 | false | 400000
            40万人 | 人 | false | 400000
            1.5万 | 人次 | false | 15000
            5万元 | 元 | false | 50000
            1.2亿 | 元 | false | 120000000
            3万 |  | false | 30000
            12 |  | false | 12
            12 | null | false | 12
            400000人 | 人 | false | 400000
            30分钟 | 分钟 | false | 30
            30 | 分钟 | false | 30
            4.97元/分钟 | 元/分钟 | false | 4.97
            4.97 | 元/分钟 | false | 4.97
            999999999999999 | 元 | false | 999999999999999
            """)
    void accepted_inputs_give_their_value(String text, String unit, boolean canExceed, BigDecimal expected) {
        ParsedNumber parsed = ActualInput.parse(text, unit, canExceed);

        assertThat(parsed.error()).isNull();
        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.value()).isEqualByComparingTo(expected);
        assertThat(parsed.value().scale()).isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest(name = "[{0}] in ''{1}'' → {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null | % | false | actual.empty
            '' | % | false | actual.empty
            '   ' | % | false | actual.empty
            '　' | % | false | actual.empty
            9a8 | % | false | actual.notNumber
            abc | % | false | actual.notNumber
            98 99 | % | false | actual.notNumber
            98，99 | % | false | actual.notNumber
            98,5 | % | false | actual.notNumber
            1,23 | 人 | false | actual.notNumber
            1,2345 | 人 | false | actual.notNumber
            98.5.3 | % | false | actual.notNumber
            .5 | % | false | actual.notNumber
            NaN | % | false | actual.notNumber
            Infinity | % | true | actual.notNumber
            -Infinity | % | true | actual.notNumber
            ∞ | % | true | actual.notNumber
            1e5 | 人 | false | actual.notNumber
            98%% | % | false | actual.notNumber
            % | % | false | actual.notNumber
            98% | 人 | false | actual.notNumber
            40万 | % | false | actual.notNumber
            40万 | 分钟 | false | actual.notNumber
            40万人次 | 人 | false | actual.notNumber
            30小时 | 分钟 | false | actual.notNumber
            约98 | % | false | actual.notNumber
            -5 | % | false | actual.negative
            －5 | % | false | actual.negative
            −5% | % | true | actual.negative
            - 5 | 人 | false | actual.negative
            -40万 | 人 | false | actual.negative
            100.01 | % | false | actual.percentOutOfRange
            143% | % | false | actual.percentOutOfRange
            340 | % | false | actual.percentOutOfRange
            1000000000000000 | 元 | false | actual.tooLarge
            100000000000万 | 元 | false | actual.tooLarge
            99999999999999999999999999 | % | true | actual.tooLarge
            """)
    void refused_inputs_give_a_stable_error_code(String text, String unit, boolean canExceed, String error) {
        ParsedNumber parsed = ActualInput.parse(text, unit, canExceed);

        assertThat(parsed.value()).isNull();
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.error()).isEqualTo(error);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            系统建设完成率 | true
            预算执行率 | true
            招聘人员完成率 | true
            师资进修工作完成率 | true
            业务培训计划完成率、采购计划完成率 | true
            项目完成情况 | true
            目标达成率 | true
            收入增长率 | true
            服务质量提升率 | true
            综合接通率 | false
            质量控制合格率 | false
            服务人员流失率 | false
            综合满意度 | false
            投诉率 | false
            有责投诉率 | false
            培训覆盖率 | false
            业务培训及时率、采购完成及时率 | false
            数据准确率 | false
            政策知晓率 | false
            专款专用率 | false
            '' | false
            null | false
            """)
    void only_completion_and_growth_percentages_may_exceed_100(String name, boolean canExceed) {
        assertThat(ActualInput.percentCanExceed100(name)).isEqualTo(canExceed);
    }

    @Test
    void a_parsed_number_holds_exactly_one_of_value_and_error() {
        assertThatThrownBy(() -> new ParsedNumber(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParsedNumber(BigDecimal.ONE, ActualInput.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
