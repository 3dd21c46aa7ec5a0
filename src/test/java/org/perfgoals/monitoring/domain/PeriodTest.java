package org.perfgoals.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest(name = "Q{1} {0} ends in month {2}, progress {3}")
    @CsvSource({
            "2019, 1, 3, 25.00, false, 2019-03-31",
            "2019, 2, 6, 50.00, false, 2019-06-30",
            "2019, 3, 9, 75.00, false, 2019-09-30",
            "2019, 4, 12, 100.00, true, 2019-12-31",
    })
    void a_quarter_covers_january_to_its_last_month(int year, int quarter, int endMonth, BigDecimal progress,
                                                    boolean yearEnd, LocalDate end) {
        Period period = Period.quarter(year, quarter);

        assertThat(period.endMonth()).isEqualTo(endMonth);
        assertThat(period.quarter()).hasValue(quarter);
        assertThat(period.timeProgress()).isEqualTo(progress); // scale 2 included
        assertThat(period.isYearEnd()).isEqualTo(yearEnd);
        assertThat(period.start()).isEqualTo(LocalDate.of(year, 1, 1));
        assertThat(period.end()).isEqualTo(end);
    }

    @ParameterizedTest(name = "1–{0}月 has progress {1}")
    @CsvSource({"1, 8.33", "2, 16.67", "5, 41.67", "7, 58.33", "8, 66.67", "11, 91.67", "12, 100.00"})
    void time_progress_of_a_period_ending_inside_a_quarter_is_rounded_to_two_decimals(int endMonth,
                                                                                      BigDecimal progress) {
        assertThat(new Period(2019, endMonth).timeProgress()).isEqualTo(progress);
    }

    @ParameterizedTest(name = "1–{0}月 is not a quarter")
    @CsvSource({"1", "2", "4", "5", "7", "8", "10", "11"})
    void a_period_ending_inside_a_quarter_has_no_quarter_number(int endMonth) {
        assertThat(new Period(2019, endMonth).quarter()).isEmpty();
        assertThat(new Period(2019, endMonth).isYearEnd()).isFalse();
    }

    @Test
    void the_end_is_the_last_day_of_the_month_including_leap_februaries() {
        assertThat(new Period(2020, 2).end()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(new Period(2019, 2).end()).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThat(new Period(2019, 7).end()).isEqualTo(LocalDate.of(2019, 7, 31));
    }

    @ParameterizedTest(name = "year {0}, month {1} is refused")
    @CsvSource({"2019, 0", "2019, 13", "2019, -1", "1989, 6", "2101, 6", "0, 3", "-2019, 3"})
    void a_month_outside_the_year_or_an_implausible_year_is_refused(int year, int endMonth) {
        assertThatThrownBy(() -> new Period(year, endMonth)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "the bounds {0} and {1} are accepted")
    @CsvSource({"1990, 1", "2100, 12"})
    void the_first_and_last_plausible_year_and_month_are_accepted(int year, int endMonth) {
        assertThat(new Period(year, endMonth).year()).isEqualTo(year);
    }

    @ParameterizedTest(name = "quarter {0} is refused")
    @CsvSource({"0", "5", "-1", "12"})
    void a_quarter_number_outside_one_to_four_is_refused(int quarter) {
        assertThatThrownBy(() -> Period.quarter(2019, quarter)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "before 1–{0}月 comes 1–{1}月")
    @CsvSource({"6, 3", "9, 6", "12, 9", "7, 6", "5, 3", "4, 3", "8, 6"})
    void the_previous_quarter_is_the_latest_quarter_ending_before_the_period(int endMonth, int previousEnd) {
        assertThat(new Period(2019, endMonth).previousQuarter()).contains(new Period(2019, previousEnd));
    }

    @ParameterizedTest(name = "1–{0}月 has no previous quarter")
    @CsvSource({"1", "2", "3"})
    void the_first_quarter_has_no_previous_quarter_because_a_budget_year_starts_in_january(int endMonth) {
        assertThat(new Period(2019, endMonth).previousQuarter()).isEmpty();
    }
}
