package org.perfgoals.monitoring.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The points typed per 一级 are read once, for the REST API and the weights form alike, then checked. */
class Level1PointsInputTest {

    private static final List<String> PROJECT = List.of("产出目标", "效果目标", "影响力目标", "投入和管理目标");

    /** The four 一级 of the project with what was typed for them, in order; "-" is an empty field. */
    private static Map<String, String> typed(String a, String b, String c, String d) {
        Map<String, String> typed = new LinkedHashMap<>();
        String[] written = {a, b, c, d};
        for (int i = 0; i < written.length; i++) {
            typed.put(PROJECT.get(i), written[i].equals("-") ? "" : written[i]);
        }
        return typed;
    }

    /** What reading and then checking says, one problem per line as "一级 code [args]". */
    private static List<String> problems(Map<String, String> typed) {
        Level1PointsInput.Read read = Level1PointsInput.read(typed);
        List<Level1PointsCheck.Problem> problems = read.readable()
                ? Level1PointsCheck.check(PROJECT, read.points()) : read.problems();
        return problems.stream().map(p -> p.level1() + " " + p.code() + " " + p.args()).toList();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
    @CsvSource(delimiter = '|', value = {
            // typed per 一级                   | what is refused
            "40    | 30    | 20  | 10    | ''",
            // full-width digits and point, as a Chinese input method types them
            "４０   | ３０．５ | 19.5 | 10   | ''",
            "40 分 | 30    | 20  | 10    | 产出目标 actual.notNumber [40 分]",
            "4o    | 3O    | 20  | 10    | 产出目标 actual.notNumber [4o];效果目标 actual.notNumber [3O]",
            "40    | 30    | 20  | -     | 投入和管理目标 weights.missing [投入和管理目标]",
            "-40   | 30    | 20  | 10    | 产出目标 actual.negative [-40]",
            "40.12345 | 30 | 20  | 9.87655 | 产出目标 weights.tooPrecise [产出目标, 40.12345, 4];"
                    + "投入和管理目标 weights.tooPrecise [投入和管理目标, 9.87655, 4]",
            "40    | 30    | 20  | 20    | null weights.sumNot100 [110]"})
    void points_are_read_as_numbers_and_then_checked(String a, String b, String c, String d, String refused) {
        assertThat(problems(typed(a, b, c, d)))
                .containsExactlyElementsOf(refused.isEmpty() ? List.of() : List.of(refused.split(";")));
    }

    @Test
    void full_width_points_read_as_their_value_and_an_empty_field_as_no_value() {
        Level1PointsInput.Read read = Level1PointsInput.read(typed("４０", "３０．５", "29.5", "-"));
        assertThat(read.points()).containsEntry("产出目标", new BigDecimal("40"))
                .containsEntry("效果目标", new BigDecimal("30.5")).containsEntry("投入和管理目标", null);
        assertThat(read.points().keySet()).containsExactlyElementsOf(PROJECT);
    }

    @Test
    void the_running_total_adds_what_reads_as_a_number() {
        assertThat(Level1PointsInput.sumOfReadable(typed("40", "abc", "２０", "-")))
                .isEqualByComparingTo("60");
    }
}
