package org.perfgoals.monitoring.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100    | EXCELLENT | 优
            90     | EXCELLENT | 优
            90.0   | EXCELLENT | 优
            89.95  | EXCELLENT | 优
            89.94  | GOOD      | 良
            89.9   | GOOD      | 良
            80     | GOOD      | 良
            79.95  | GOOD      | 良
            79.9   | FAIR      | 中
            60     | FAIR      | 中
            59.95  | FAIR      | 中
            59.94  | POOR      | 差
            59.9   | POOR      | 差
            0      | POOR      | 差
            """)
    void a_total_is_graded_as_shown_rounded_to_one_decimal(BigDecimal total, Grade grade, String chinese) {
        assertThat(Grade.of(total)).isEqualTo(grade);
        assertThat(Grade.of(total).chinese()).isEqualTo(chinese);
    }

    @ParameterizedTest(name = "{0} starts at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EXCELLENT | 90
            GOOD      | 80
            FAIR      | 60
            POOR      | 0
            """)
    void each_grade_starts_at_its_national_floor(Grade grade, BigDecimal floor) {
        assertThat(grade.floor()).isEqualByComparingTo(floor);
        assertThat(Grade.of(floor)).isEqualTo(grade);
    }
}
