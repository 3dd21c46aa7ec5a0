package org.perfgoals.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Target wording through the real bundles: Chinese (the default bundle) and English. */
class TargetWordingTest {

    private final TargetParser parser = new TargetParser();
    private final TargetWording chinese = new TargetWording(new BundleMessages(Locale.ROOT));
    private final TargetWording english = new TargetWording(new BundleMessages(Locale.ENGLISH));

    private static Target.Quantitative q(Comparator comparator, String value, String unit) {
        return new Target.Quantitative(comparator, new BigDecimal(value), unit);
    }

    @Test
    void quantitative_targets_say_their_limit_and_direction() {
        assertThat(chinese.describe(q(Comparator.GE, "80", "%"))).isEqualTo("≥ 80 %，越高越好");
        assertThat(chinese.describe(q(Comparator.LE, "20.00", "%"))).isEqualTo("≤ 20 %，越低越好");
        assertThat(chinese.describe(q(Comparator.LT, "4.97", "元/分钟"))).isEqualTo("< 4.97 元/分钟，越低越好");
        assertThat(chinese.describe(q(Comparator.APPROX, "400000", "人"))).isEqualTo("约 400,000 人（允许偏差）");
        assertThat(chinese.describe(q(Comparator.EQ, "100", "%"))).isEqualTo("= 100 %，越高越好");
        assertThat(chinese.describe(q(Comparator.GT, "2000", ""))).isEqualTo("> 2,000，越高越好");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥80%                                   | ≥ 80 %，越高越好
            $\\leq 20.00\\%$                        | ≤ 20 %，越低越好
            < 4.97 元/分钟                          | < 4.97 元/分钟，越低越好
            排除政策变动因素，完成鉴定人数40万左右        | 约 400,000 人（允许偏差）
            提高考生满意度，有责投诉率控制在千分之一以下    | ≤ 0.1 %，越低越好
            响应时间： ≤ 30 分钟内，故障处理时间 ≤ 180 分钟 | 响应时间 ≤ 30 分钟且故障处理时间 ≤ 180 分钟
            响应时间：立即响应，故障处理时间 ≤ 90 分钟      | 响应时间立即响应且故障处理时间 ≤ 90 分钟
            95%-98%                                 | 下限 ≥ 95 %且上限 ≤ 98 %
            健全                                    | 定性：健全（按期评价达成情况）
            较上一年度有提升                           | 较上年有提升
            投诉量较上年下降                           | 较上年有下降
            不低于上年                                | 不低于上年
            不超过上年                                | 不高于上年
            比上年提高10%                             | 较上年提高 10 %
            事故数量同比下降15%                         | 较上年降低 15 %
            较上年增长5个百分点                         | 较上年提高 5 个百分点
            投诉量较上年减少10件                        | 较上年减少 10 件
            2019年12月底前                           | 2019-12-31 前完成
            2019年12月底前完成系统建设                  | 2019-12-31 前完成：完成系统建设
            """)
    void parsed_cells_are_said_in_chinese(String cell, String words) {
        assertThat(chinese.describe(parser.parse(cell, 2019))).isEqualTo(words);
    }

    @Test
    void targets_are_said_in_english_from_the_english_bundle() {
        assertThat(english.describe(q(Comparator.GE, "80", "%"))).isEqualTo("≥ 80 %, the higher the better");
        assertThat(english.describe(q(Comparator.APPROX, "400000", "人")))
                .isEqualTo("about 400,000 人 (a deviation is allowed)");
        assertThat(english.describe(new Target.Relative("较上一年度有提升"))).isEqualTo("Better than last year's value");
        assertThat(english.describe(new Target.Relative("比上年提高10%"))).isEqualTo("10 % above last year's value");
        assertThat(english.describe(new Target.Relative("投诉量较上年减少10件"))).isEqualTo("10 件 fewer than last year");
        assertThat(english.describe(new Target.Deadline(LocalDate.of(2019, 12, 31), "")))
                .isEqualTo("Done by 2019-12-31");
        assertThat(english.describe(parser.parse("响应时间：立即响应，故障处理时间 ≤ 90 分钟")))
                .isEqualTo("响应时间: immediate and 故障处理时间 ≤ 90 分钟");
        assertThat(english.describe(new Target.Qualitative("健全")))
                .isEqualTo("Qualitative: 健全 (achievement judged each period)");
    }

    @Test
    void numbers_have_thousands_separators_and_no_trailing_zeros() {
        assertThat(TargetWording.number(new BigDecimal("80.00"))).isEqualTo("80");
        assertThat(TargetWording.number(new BigDecimal("0.10"))).isEqualTo("0.1");
        assertThat(TargetWording.number(new BigDecimal("4.97"))).isEqualTo("4.97");
        assertThat(TargetWording.number(new BigDecimal("400000"))).isEqualTo("400,000");
        assertThat(TargetWording.number(new BigDecimal("1E+3"))).isEqualTo("1,000");
        assertThat(TargetWording.number(new BigDecimal("18372648.5"))).isEqualTo("18,372,648.5");
    }

    @ParameterizedTest
    @EnumSource(TargetKind.class)
    void kinds_have_names_in_both_languages(TargetKind kind) {
        assertThat(chinese.kindName(kind)).isNotBlank();
        assertThat(english.kindName(kind)).isNotBlank().isNotEqualTo(chinese.kindName(kind));
    }

    @ParameterizedTest
    @EnumSource(Comparator.class)
    void comparators_have_names_and_symbols_in_both_languages(Comparator comparator) {
        assertThat(chinese.comparatorName(comparator)).isNotBlank();
        assertThat(english.comparatorName(comparator)).isNotBlank();
        assertThat(chinese.comparatorSymbol(comparator)).isNotBlank();
        assertThat(english.comparatorSymbol(comparator)).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(Polarity.class)
    void polarities_have_names_in_both_languages(Polarity polarity) {
        assertThat(chinese.polarityName(polarity)).isNotBlank();
        assertThat(english.polarityName(polarity)).isNotBlank();
    }

    @Test
    void every_target_words_key_in_one_bundle_is_in_the_other() throws IOException {
        Set<String> zh = targetWordKeys("/vaadin-i18n/translations.properties");
        Set<String> en = targetWordKeys("/vaadin-i18n/translations_en.properties");

        assertThat(zh).isNotEmpty();
        assertThat(en).containsExactlyInAnyOrderElementsOf(zh);
    }

    @Test
    void no_wording_shows_a_stray_quote_or_placeholder() {
        List<Target> targets = List.of(q(Comparator.GE, "1", "%"), q(Comparator.APPROX, "1", ""),
                new Target.Compound(List.of(new Target.Part("a", q(Comparator.LE, "0", "分钟")))),
                new Target.Qualitative("x"), new Target.Relative("x"),
                new Target.Deadline(LocalDate.of(2019, 1, 1), "x"));
        for (TargetWording wording : List.of(chinese, english)) {
            for (Target target : targets) {
                assertThat(wording.describe(target)).doesNotContain("{", "}", "''");
            }
        }
    }

    private static Set<String> targetWordKeys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(TargetWordingTest.class.getResourceAsStream(resource))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().filter(k -> k.startsWith(TargetWording.PREFIX))
                .collect(Collectors.toSet());
    }
}
