package org.perfgoals.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReportingCalendarTest {

    private static final ReportingCalendar DEFAULT = new ReportingCalendar(2019, 10, List.of());
    /** Q3 due later than the default, and the national 1–7月 round due in August. */
    private static final ReportingCalendar SET = new ReportingCalendar(2019, 10, List.of(
            new ReportingCalendar.Entry(9, LocalDate.of(2019, 10, 25), false),
            new ReportingCalendar.Entry(7, LocalDate.of(2019, 8, 15), true)));

    @Test
    void withNothingSetTheYearHasItsFourQuartersDueTheDefaultDaysAfterTheyEnd() {
        assertThat(DEFAULT.rounds()).extracting(round -> round.period().endMonth(), ReportingRound::due,
                ReportingRound::extra, ReportingRound::setByAdmin).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, LocalDate.of(2019, 4, 10), false, false),
                org.assertj.core.groups.Tuple.tuple(6, LocalDate.of(2019, 7, 10), false, false),
                org.assertj.core.groups.Tuple.tuple(9, LocalDate.of(2019, 10, 10), false, false),
                org.assertj.core.groups.Tuple.tuple(12, LocalDate.of(2020, 1, 10), false, false));
    }

    @Test
    void aDaySetForAQuarterReplacesTheDefaultAndExtraRoundsTakeTheirPlaceInTheYear() {
        assertThat(SET.rounds()).extracting(round -> round.period().endMonth(), ReportingRound::due,
                ReportingRound::extra, ReportingRound::setByAdmin).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, LocalDate.of(2019, 4, 10), false, false),
                org.assertj.core.groups.Tuple.tuple(6, LocalDate.of(2019, 7, 10), false, false),
                org.assertj.core.groups.Tuple.tuple(7, LocalDate.of(2019, 8, 15), true, true),
                org.assertj.core.groups.Tuple.tuple(9, LocalDate.of(2019, 10, 25), false, true),
                org.assertj.core.groups.Tuple.tuple(12, LocalDate.of(2020, 1, 10), false, false));
        assertThat(SET.round(new Period(2019, 7)).extra()).isTrue();
    }

    @ParameterizedTest(name = "on {0}: {1} rounds overdue, next due {2}")
    @CsvSource({
            "2019-04-10, '',          2019-04-10",
            "2019-04-11, '3',         2019-07-10",
            "2019-08-15, '3,6',       2019-08-15",
            "2019-08-16, '3,6,7',     2019-10-25",
            "2019-10-20, '3,6,7',     2019-10-25",
            "2019-10-26, '3,6,7,9',   2020-01-10",
            "2020-01-11, '3,6,7,9,12', ''"
    })
    void aRoundIsOverdueFromTheDayAfterItsDueDay(LocalDate today, String overdue, String next) {
        assertThat(SET.overdueOn(today)).extracting(round -> String.valueOf(round.period().endMonth()))
                .containsExactly(overdue.isEmpty() ? new String[0] : overdue.split(","));
        assertThat(SET.nextDue(today).map(round -> round.due().toString())).isEqualTo(
                next.isEmpty() ? Optional.empty() : Optional.of(next));
    }

    @ParameterizedTest(name = "month {0} due {1} extra {2}: {3}")
    @CsvSource({
            "9,  2019-09-30, false, ''",
            "9,  2019-09-29, false, beforeEnd",
            "9,  2020-09-30, false, ''",
            "9,  2020-10-01, false, tooLate",
            "8,  2019-09-15, true,  ''",
            "7,  2019-09-15, true,  roundExists",
            "6,  2019-07-15, true,  extraOnQuarter",
            "12, 2019-12-31, false, ''"
    })
    void refusesDaysBeforeThePeriodEndsOrAYearAfterAndExtraRoundsOnQuartersOrTwice(int month, LocalDate due,
                                                                                  boolean extra, String code) {
        assertThat(SET.refusal(month, due, extra)).isEqualTo(code.isEmpty() ? Optional.empty() : Optional.of(code));
    }

    @Test
    void daysLeftCountToTheDueDay() {
        ReportingRound q3 = DEFAULT.round(Period.quarter(2019, 3));
        assertThat(q3.daysLeft(LocalDate.of(2019, 10, 1))).isEqualTo(9);
        assertThat(q3.daysLeft(LocalDate.of(2019, 10, 10))).isZero();
        assertThat(q3.overdueOn(LocalDate.of(2019, 10, 10))).isFalse();
        assertThat(q3.daysLeft(LocalDate.of(2019, 10, 13))).isEqualTo(-3);
    }

    @Test
    void aPeriodOfAnotherYearOrAYearNobodyMonitorsIsAnError() {
        assertThatThrownBy(() -> DEFAULT.round(Period.quarter(2020, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingCalendar(1900, 10, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingCalendar(2019, -1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
