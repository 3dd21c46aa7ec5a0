package org.perfgoals.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The phrasings of targets that performance-goal forms use, in the seed and beyond it.
 * Columns: cell | reading | subject.
 */
class TargetParserPhrasingTest {

    private final TargetParser parser = new TargetParser();

    private void assertReads(String cell, String expected, String subject) {
        TargetReading reading = parser.parse(cell);
        assertThat(TargetSummary.of(reading)).as(cell).isEqualTo(expected);
        assertThat(reading.subject()).as("subject of " + cell).isEqualTo(subject);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥98%              | GE 98 %  |
            ＞95％             | GT 95 %  |
            ＜5％              | LT 5 %   |
            ＝100％            | EQ 100 % |
            ≧90%              | GE 90 %  |
            ≦5%               | LE 5 %   |
            >=90%             | GE 90 %  |
            <=5%              | LE 5 %   |
            > 95%             | GT 95 %  |
            < 3%              | LT 3 %   |
            =100%             | EQ 100 % |
            ≈ 50%             | APPROX 50 % |
            """)
    void comparator_symbols_in_all_widths_are_read(String cell, String expected, String subject) {
        assertReads(cell, expected, subject);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            $\\geq 98.00\\%$     | GE 98 %  |
            $\\leq 20.00\\%$     | LE 20 %  |
            $\\ge 95\\%$         | GE 95 %  |
            $\\le 5\\%$          | LE 5 %   |
            $\\gt 90\\%$         | GT 90 %  |
            $\\lt 3\\%$          | LT 3 %   |
            $\\geqslant 99\\%$   | GE 99 %  |
            $\\approx 60\\%$     | APPROX 60 % |
            """)
    void latex_comparators_are_read(String cell, String expected, String subject) {
        assertReads(cell, expected, subject);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            不低于95%            | GE 95 %       |
            不少于100人          | GE 100 人     |
            95%以上              | GE 95 %       |
            95%及以上            | GE 95 %       |
            达到95%              | GE 95 %       |
            至少3次              | GE 3 次       |
            大于等于90%          | GE 90 %       |
            不高于5%             | LE 5 %        |
            不超过3个工作日        | LE 3 工作日    |
            5%以下               | LE 5 %        |
            5%以内               | LE 5 %        |
            小于等于2%           | LE 2 %        |
            控制在3%以下          | LE 3 %        |
            控制在5%之内          | LE 5 %        |
            控制在5%             | LE 5 %        |
            高于90%              | GT 90 %       |
            大于90%              | GT 90 %       |
            超过1000人次          | GT 1000 人次  |
            低于1%               | LT 1 %        |
            小于5%               | LT 5 %        |
            少于10件             | LT 10 件      |
            100人左右            | APPROX 100 人 |
            约500户              | APPROX 500 户 |
            大约20场             | APPROX 20 场  |
            300人上下            | APPROX 300 人 |
            达到40万左右          | APPROX 400000 |
            节约5%               | GE 5 %        | 节约
            """)
    void comparator_words_are_read(String cell, String expected, String subject) {
        assertReads(cell, expected, subject);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100.00%              | GE 100 %      |
            100%                 | GE 100 %      |
            98.5%                | GE 98.5 %     |
            90分钟内              | LE 90 分钟     |
            ≤ 30 分钟内           | LE 30 分钟     |
            90分钟               | GE 90 分钟     |
            """)
    void a_bare_value_is_a_level_to_reach_and_a_time_within_is_a_limit(String cell, String expected, String subject) {
        assertReads(cell, expected, subject);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            控制在千分之一以下      | LE 0.1 %           |
            千分之三以内           | LE 0.3 %           |
            万分之五以下           | LE 0.05 %          |
            百分之九十五以上        | GE 95 %            |
            3‰以下                | LE 0.3 %           |
            ≤1‰                   | LE 0.1 %           |
            提高2个百分点           | GE 2 个百分点        | 提高
            5万元                  | GE 50000 元        |
            不超过1.2亿元           | LE 120000000 元    |
            ≤ 300元               | LE 300 元          |
            < 4.97 元/分钟         | LT 4.97 元/分钟     |
            不超过50元/人次         | LE 50 元/人次       |
            人均1.5万元/人          | GE 1.5 万元/人      | 人均
            ≤ 24 小时             | LE 1440 分钟        |
            2小时内                | LE 120 分钟         |
            两小时内               | LE 120 分钟         |
            30秒内                 | LE 0.5 分钟         |
            3天内                  | LE 4320 分钟        |
            5日内办结               | LE 7200 分钟        |
            培训天数不少于5天        | GE 5 天            | 培训天数
            3个月内                | LE 3 个月           |
            不超过3天               | LE 4320 分钟        |
            ≥3天                  | GE 3 天            |
            约3天                  | APPROX 3 天        |
            3-5个工作日             | 下限:GE 3 工作日 & 上限:LE 5 工作日 |
            1-2小时                | 下限:GE 60 分钟 & 上限:LE 120 分钟 |
            ≤24h                  | LE 1440 分钟        |
            2h内响应               | LE 120 分钟         |
            ≤ 2 hrs               | LE 120 分钟         |
            30min内                | LE 30 分钟          |
            ≤ 3 Minutes           | LE 3 分钟           |
            1.5H                  | GE 90 分钟          |
            3 days内               | LE 4320 分钟        |
            ≥500km                | GE 500 公里         |
            ≥ 95 percent          | GE 95 %            |
            ≥50㎡                  | GE 50 平方米        |
            服务40万人次            | GE 400000 人次      | 服务
            完成鉴定人数40万左右      | APPROX 400000 人    | 完成鉴定人数
            培训人数≥2000          | GE 2000 人         | 培训人数
            1,234人               | GE 1234 人         |
            18,372,648元          | GE 18372648 元     |
            ≥10个                 | GE 10 个           |
            ≥3项                  | GE 3 项            |
            ≥5家                  | GE 5 家            |
            ≥12期                 | GE 12 期           |
            ≥20篇                 | GE 20 篇           |
            得分≥90分              | GE 90 分           | 得分
            """)
    void units_are_made_canonical(String cell, String expected, String subject) {
        assertReads(cell, expected, subject);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            １００％               | GE 100 %           |
            ≥９８．５％             | GE 98.5 %          |
            40萬人                 | GE 400000 人       |
            ≥10個                  | GE 10 个           |
            90分鐘內               | LE 90 分钟          |
            2小時以內               | LE 120 分钟         |
            達到95%                | GE 95 %            |
            低於1%                 | LT 1 %             |
            """)
    void full_width_digits_and_traditional_characters_are_normalised(String cell, String expected, String subject) {
        assertReads(cell, expected, subject);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            预算执行率达100%                       | GE 100 %   | 预算执行率
            满意度≥95%                            | GE 95 %    | 满意度
            有责投诉率控制在千分之一以下               | LE 0.1 %   | 有责投诉率
            排除政策变动因素，完成鉴定人数40万左右       | APPROX 400000 人 | 完成鉴定人数
            提高考生满意度，有责投诉率控制在千分之一以下   | LE 0.1 %   | 有责投诉率
            12333热线接通率≥80%                    | GE 80 %    | 12333热线接通率
            2019年预算执行率≥98%                   | GE 98 %    | 2019年预算执行率
            1、预算执行率≥98%                      | GE 98 %    | 预算执行率
            ①综合满意度≥90%                        | GE 90 %    | 综合满意度
            """)
    void the_subject_is_what_the_text_says_is_measured(String cell, String expected, String subject) {
        assertReads(cell, expected, subject);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            响应时间：立即响应，故障处理时间 ≤ 90 分钟       | 响应时间:LE 0 分钟 & 故障处理时间:LE 90 分钟
            响应时间： ≤ 30 分钟内，故障处理时间 ≤ 180 分钟  | 响应时间:LE 30 分钟 & 故障处理时间:LE 180 分钟
            响应时间： ≤ 30 分钟内，故障处理时间 ≤ 24 小时   | 响应时间:LE 30 分钟 & 故障处理时间:LE 1440 分钟
            满意度≥90%且投诉率≤1%                       | 满意度:GE 90 % & 投诉率:LE 1 %
            满意度≥90%；投诉率≤1%                       | 满意度:GE 90 % & 投诉率:LE 1 %
            满意度90%以上，投诉率1%以下                    | 满意度:GE 90 % & 投诉率:LE 1 %
            故障修复时间≤2小时、响应时间≤30分钟              | 故障修复时间:LE 120 分钟 & 响应时间:LE 30 分钟
            响应时间≤0.5h，修复时间≤4h                    | 响应时间:LE 30 分钟 & 修复时间:LE 240 分钟
            每年培训不少于4次，每次不少于50人                | 每年培训:GE 4 次 & 每次:GE 50 人
            接通率≥80%、满意度≥90%                      | 接通率:GE 80 % & 满意度:GE 90 %
            95%-98%                                  | 下限:GE 95 % & 上限:LE 98 %
            95%~98%                                  | 下限:GE 95 % & 上限:LE 98 %
            95%～98%                                  | 下限:GE 95 % & 上限:LE 98 %
            95%至98%                                  | 下限:GE 95 % & 上限:LE 98 %
            95-98%                                   | 下限:GE 95 % & 上限:LE 98 %
            """)
    void several_limits_make_a_compound_target(String cell, String expected) {
        assertReads(cell, expected, null);
    }

    @Test
    void a_range_names_its_subject() {
        TargetReading reading = parser.parse("满意度95%-98%");

        assertThat(TargetSummary.of(reading)).isEqualTo("下限:GE 95 % & 上限:LE 98 %");
        assertThat(reading.subject()).isEqualTo("满意度");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            较上一年度有提升
            比上年提高
            高于上年
            较去年有所提高
            同比增长
            比上年提高10%
            满意度较上年度有所提升
            """)
    void a_target_against_last_year_is_relative(String cell) {
        TargetReading reading = parser.parse(cell);

        assertThat(reading.target()).isEqualTo(new Target.Relative(cell));
        assertThat(reading.freeText()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2019年12月底前             | 2019-12-31 |
            12月31日前                | 2019-12-31 |
            2019年6月30日之前           | 2019-06-30 |
            年底前                    | 2019-12-31 |
            2019年底前                | 2019-12-31 |
            6月底前                   | 2019-06-30 |
            2020年3月底前              | 2020-03-31 |
            2019-09-30前              | 2019-09-30 |
            2019年12月底前完成系统建设     | 2019-12-31 | 完成系统建设
            于2019年6月30日之前完成验收    | 2019-06-30 | 完成验收
            在2019年12月31日前完成        | 2019-12-31 | 完成
            截至2019年12月31日           | 2019-12-31 |
            """)
    void a_completion_date_is_a_deadline(String cell, LocalDate date, String expected) {
        TargetReading reading = parser.parse(cell, 2019);

        assertThat(reading.target()).isEqualTo(new Target.Deadline(date, expected == null ? "" : expected));
        assertThat(reading.freeText()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            年底前
            12月31日前
            6月底前
            """)
    void a_deadline_without_a_year_stays_qualitative_when_no_year_is_given(String cell) {
        TargetReading reading = parser.parse(cell);

        assertThat(reading.target()).isEqualTo(new Target.Qualitative(cell));
        assertThat(reading.freeText()).isTrue();
    }

    @Test
    void a_deadline_with_its_own_year_needs_no_default_year() {
        assertThat(parser.parse("2019年12月底前").target())
                .isEqualTo(new Target.Deadline(LocalDate.of(2019, 12, 31), ""));
    }

    @Test
    void an_impossible_date_is_no_deadline() {
        assertThat(TargetSummary.of(parser.parse("2月30日前", 2019))).isEqualTo("FREE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健全
            合规
            有效
            充分
            规范
            有效预防、及时处理
            良好
            完善
            达标
            及时
            准确
            安全
            基本达标
            较好
            管理制度健全
            及时、准确
            立即响应
            <p>健全</p>
            """)
    void short_evaluative_wordings_are_recognised_qualitative_targets(String cell) {
        TargetReading reading = parser.parse(cell);

        assertThat(reading.target()).isEqualTo(new Target.Qualitative(TargetText.clean(cell)));
        assertThat(reading.freeText()).isFalse();
        assertThat(reading.subject()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            对项目的长期发展应该有相应的管理措施
            按月组织实施各类技能鉴定工作
            确保鉴定工作公平公正举行
            完成12333热线全媒体智能联络中心平台组建
            提供365天24小时不间断服务
            ①提升12333热线智能化技术水平；②丰富群众的移动化服务受理渠道
            完成2019年全年鉴定工作
            2019年
            拨打12333
            H5页面上线
            5G试点上线
            hotline升级
            按时完成第3期培训
            ≥90%，≥95%
            有
            """)
    void numbers_that_are_no_target_and_descriptions_stay_free_text(String cell) {
        TargetReading reading = parser.parse(cell);

        assertThat(reading.target()).isEqualTo(new Target.Qualitative(cell));
        assertThat(reading.freeText()).isTrue();
        assertThat(reading.subject()).isNull();
    }

    @Test
    void values_keep_no_trailing_zeros() {
        Target.Quantitative q = (Target.Quantitative) parser.parse("≥80.00%").target();

        assertThat(q.value()).isEqualTo(new BigDecimal("80"));
        assertThat(q.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    }
}
