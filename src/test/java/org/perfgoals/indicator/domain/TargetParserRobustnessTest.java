package org.perfgoals.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** parse never throws: whatever a form holds, the import goes on and the cell is kept. */
class TargetParserRobustnessTest {

    private final TargetParser parser = new TargetParser();

    static Stream<Arguments> nastyInputs() {
        return Stream.of(
                Arguments.of(null, ""),
                Arguments.of("", ""),
                Arguments.of("   ", ""),
                Arguments.of("\t\n", ""),
                Arguments.of("abc", "abc"),
                Arguments.of("≥", "≥"),
                Arguments.of("%", "%"),
                Arguments.of("≥ abc%", "≥ abc%"),
                Arguments.of("1e999", "1e999"),
                Arguments.of("9".repeat(10_000), "9".repeat(10_000)),
                Arguments.of("≥" + "9".repeat(200) + "%", "≥" + "9".repeat(200) + "%"),
                Arguments.of("😀≥98%😀", "😀≥98%😀"),
                Arguments.of("\uD800", "\uD800"),
                Arguments.of("<p>≥98%</p>", "<p>≥98%</p>"),
                Arguments.of("<p", "<p"),
                Arguments.of("$\\geq$", "$\\geq$"),
                Arguments.of("$$$\\\\\\", "$$$\\\\\\"),
                Arguments.of("千分之", "千分之"),
                Arguments.of("千分之一二三", "千分之一二三"),
                Arguments.of("95%-", "95%-"),
                Arguments.of("-95%", "-95%"),
                Arguments.of("98%-95%", "98%-95%"),
                Arguments.of("13月31日前", "13月31日前"),
                Arguments.of("0000年00月00日前", "0000年00月00日前"),
                Arguments.of("，，，；；、、", "，，，；；、、"),
                Arguments.of("立即", "立即"),
                Arguments.of(" ≥98% ", "≥98%"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("nastyInputs")
    void nasty_inputs_never_throw_and_keep_the_stripped_text(String raw, String stripped) {
        TargetReading reading = parser.parse(raw);

        assertThat(reading).isNotNull();
        assertThat(reading.raw()).isEqualTo(stripped);
        assertThat(reading.target()).isNotNull();
        assertThatCode(() -> parser.parse(raw, 2019)).doesNotThrowAnyException();
    }

    @Test
    void empty_input_is_free_text() {
        assertThat(parser.parse(null).target()).isEqualTo(new Target.Qualitative(""));
        assertThat(parser.parse(null).freeText()).isTrue();
        assertThat(parser.parse("  ").freeText()).isTrue();
    }

    @Test
    void html_markup_is_read_through_and_kept_in_raw() {
        TargetReading reading = parser.parse("<p>≥98%</p>");

        assertThat(TargetSummary.of(reading)).isEqualTo("GE 98 %");
        assertThat(reading.raw()).isEqualTo("<p>≥98%</p>");
    }

    @Test
    void a_very_long_text_is_free_text_without_being_searched_for_numbers() {
        String text = "提供365天24小时服务，满意度≥90%。".repeat(100);

        TargetReading reading = parser.parse(text);

        assertThat(reading.freeText()).isTrue();
        assertThat(reading.target()).isEqualTo(new Target.Qualitative(text));
    }

    @Test
    void emoji_around_a_value_do_not_hide_it() {
        assertThat(TargetSummary.of(parser.parse("😀≥98%😀"))).isEqualTo("GE 98 %");
    }

    @Test
    void a_reversed_range_is_no_number_at_all() {
        assertThat(TargetSummary.of(parser.parse("98%-95%"))).isEqualTo("FREE");
    }

    @Test
    void random_mixtures_of_the_characters_forms_use_never_throw() {
        String alphabet = "0123456789.,%‰≥≤<>=~-至到年月日底前内以上下左右约万亿千分之元人次小时天分钟秒：:，；、且"
                + "响应时间率达控制在不低于超过立即较上一年度提升健全$\\geq%{}<p>／／１２３％ 　\t😀\uD800";
        Random random = new Random(20190101);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String cell = text.toString();
            assertThatCode(() -> {
                assertThat(parser.parse(cell)).isNotNull();
                assertThat(parser.parse(cell, 2019)).isNotNull();
            }).as(cell).doesNotThrowAnyException();
        }
    }
}
