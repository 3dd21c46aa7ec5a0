package org.perfgoals.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeChangeTest {

    @ParameterizedTest(name = "{0} → lower {1}, steady {2}, {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            较上一年度有提升            | false | false | -     | -        |
            比上年提高                 | false | false | -     | -        |
            投诉量较上年下降            | true  | false | -     | -        |
            不低于上年                 | false | true  | -     | -        |
            不超过上年                 | true  | true  | -     | -        |
            投诉量较上年不增加          | true  | true  | -     | -        |
            比上年提高10%              | false | false | 10    | PERCENT  |
            比上年提高 10 ％            | false | false | 10    | PERCENT  |
            同比增长20%以上             | false | false | 20    | PERCENT  |
            较上年增长5个百分点          | false | false | 5     | POINTS   |
            满意度较上年提高2百分点       | false | false | 2     | POINTS   |
            投诉量较上年减少10件         | true  | false | 10    | ABSOLUTE | 件
            平均办理时间比上年缩短1.5天    | true  | false | 1.5   | ABSOLUTE | 天
            收入比上年增长20万元          | false | false | 200000 | ABSOLUTE | 元
            事故数量同比下降了15%         | true  | false | 15    | PERCENT  |
            较上年提升幅度不低于3%        | false | false | 3     | PERCENT  |
            同比增长0%                 | false | false | -     | -        |
            较上年有提升，提高服务质量     | false | false | -     | -        |
            """)
    void reads_the_direction_and_the_amount_the_wording_asks(String wording, boolean lower, boolean steady,
                                                             BigDecimal amount, RelativeChange.By by, String unit) {
        RelativeChange change = RelativeChange.read(wording);

        assertThat(change.lowerIsBetter()).isEqualTo(lower);
        assertThat(change.steadyIsEnough()).isEqualTo(steady);
        if (amount == null) {
            assertThat(change.hasAmount()).isFalse();
        } else {
            assertThat(change.amount()).isEqualByComparingTo(amount);
        }
        assertThat(change.by()).isEqualTo(by);
        assertThat(change.unit()).isEqualTo(unit == null ? "" : unit);
    }

    @ParameterizedTest(name = "{0}, last year {1} → must reach {2}")
    @CsvSource(delimiter = '|', textBlock = """
            比上年提高10%          | 200   | 220
            事故数量同比下降15%      | 40    | 34
            较上年增长5个百分点      | 85    | 90
            投诉量较上年减少10件     | 120   | 110
            较上一年度有提升         | 90    | 90
            比上年提高10%          | -50   | -45
            """)
    void the_level_to_reach_moves_last_years_value_by_the_amount(String wording, BigDecimal baseline,
                                                                 BigDecimal required) {
        assertThat(RelativeChange.read(wording).requiredLevel(baseline)).isEqualByComparingTo(required);
    }
}
