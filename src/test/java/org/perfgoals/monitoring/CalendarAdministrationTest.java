package org.perfgoals.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.AlertType;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.ReportingRound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The reporting calendar's administration: days set and reset, extra rounds added and removed, refusals on their
 * field, and DATA_OVERDUE following each change at once. The seed's five 2019 projects are checked on the real date,
 * long after every 2019 round.
 */
class CalendarAdministrationTest extends UseCaseTest {

    @Autowired
    private CalendarAdministration administration;
    @Autowired
    private ReportingCalendarService calendars;
    @Autowired
    private OverdueAlerts overdueAlerts;
    @Autowired
    private OverdueService overdue;
    @Autowired
    private AlertService alerts;
    @Autowired
    private JdbcClient jdbc;

    private long activeOverdue(int month) {
        return alerts.count(new AlertFilter(null, AlertType.DATA_OVERDUE, null, null, 2019, month, true));
    }

    @Test
    void anExtraRoundRaisesItsOverdueAlertsAtOnceAndRemovingItClosesThem() {
        loginAs("admin");
        assertThat(activeOverdue(7)).isZero();

        ReportingRound round = administration.addRound(2019, 7, LocalDate.of(2019, 8, 15));

        assertThat(round.extra()).isTrue();
        assertThat(round.due()).isEqualTo(LocalDate.of(2019, 8, 15));
        assertThat(calendars.calendar(2019).rounds()).extracting(r -> r.period().endMonth())
                .containsExactly(3, 6, 7, 9, 12);
        assertThat(activeOverdue(7)).as("one per seed project").isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from audit_entry where entry_type = 'CALENDAR_CHANGED'"
                + " and subject = 'calendar 2019-M07'").query(Long.class).single()).isEqualTo(1);

        administration.reset(2019, 7);

        assertThat(activeOverdue(7)).isZero();
        assertThat(calendars.calendar(2019).rounds()).hasSize(4);
        assertThat(activeOverdue(9)).as("the quarters untouched").isEqualTo(5);
    }

    @Test
    void aQuartersDayCanBeMovedAndGivenItsDefaultAgain() {
        loginAs("admin");
        ReportingRound moved = administration.setDue(2019, 9, LocalDate.of(2019, 11, 30));
        assertThat(moved.due()).isEqualTo(LocalDate.of(2019, 11, 30));
        assertThat(moved.setByAdmin()).isTrue();
        assertThat(calendars.round(Period.quarter(2019, 3)).due()).isEqualTo(LocalDate.of(2019, 11, 30));

        administration.setDue(2019, 9, LocalDate.of(2019, 12, 5));
        assertThat(calendars.round(Period.quarter(2019, 3)).due()).as("moved again, one row")
                .isEqualTo(LocalDate.of(2019, 12, 5));

        ReportingRound reset = administration.reset(2019, 9);
        assertThat(reset.due()).isEqualTo(LocalDate.of(2019, 10, 10));
        assertThat(reset.setByAdmin()).isFalse();
    }

    @Test
    void refusalsNameTheirFieldAndChangeNothing() {
        loginAs("admin");
        assertRefused(() -> administration.addRound(2019, 6, LocalDate.of(2019, 7, 20)),
                CalendarException.Field.MONTH, "extraOnQuarter");
        assertRefused(() -> administration.setDue(2019, 9, LocalDate.of(2019, 9, 1)),
                CalendarException.Field.DUE, "beforeEnd");
        assertRefused(() -> administration.setDue(2019, 9, LocalDate.of(2021, 1, 1)),
                CalendarException.Field.DUE, "tooLate");
        assertRefused(() -> administration.setDue(2019, 8, LocalDate.of(2019, 9, 10)),
                CalendarException.Field.MONTH, "noSuchRound");
        assertRefused(() -> administration.reset(2019, 3), CalendarException.Field.MONTH, "noSuchRound");
        assertRefused(() -> administration.addRound(2019, 13, LocalDate.of(2019, 9, 10)),
                CalendarException.Field.MONTH, "month");
        assertRefused(() -> administration.addRound(1800, 7, LocalDate.of(2019, 9, 10)),
                CalendarException.Field.MONTH, "year");

        administration.addRound(2019, 7, LocalDate.of(2019, 8, 15));
        assertRefused(() -> administration.addRound(2019, 7, LocalDate.of(2019, 8, 20)),
                CalendarException.Field.MONTH, "roundExists");
        assertThat(calendars.round(new Period(2019, 7)).due()).isEqualTo(LocalDate.of(2019, 8, 15));
        administration.reset(2019, 7);

        assertThat(calendars.calendar(2019).rounds()).allSatisfy(round -> assertThat(round.setByAdmin()).isFalse());
    }

    @Test
    void onlyAnAdminChangesTheCalendarButEveryoneReadsIt() {
        for (String user : List.of("manager", "staff", "leader")) {
            loginAs(user);
            assertThatThrownBy(() -> administration.addRound(2019, 7, LocalDate.of(2019, 8, 15)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(calendars.calendar(2019).rounds()).hasSize(4);
        }
        loginAs("admin");
        assertThat(calendars.calendar(2019).rounds()).hasSize(4);
    }

    @Test
    void anAlertWhoseRoundIsNoLongerOverdueIsClosedByTheCheck() {
        loginAs("admin");
        assertThat(activeOverdue(9) + activeOverdue(12)).isEqualTo(10);

        assertThat(overdueAlerts.sync(List.of(), "system", Instant.now())).as("nothing overdue").isZero();

        assertThat(alerts.count(new AlertFilter(null, AlertType.DATA_OVERDUE, null, null, null, null, true)))
                .isZero();
        assertThat(overdue.checkOverdue(LocalDate.of(2020, 1, 20))).isEqualTo(10);
        assertThat(activeOverdue(9) + activeOverdue(12)).isEqualTo(10);
    }

    private static void assertRefused(Runnable call, CalendarException.Field field, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CalendarException.class, refused -> {
            assertThat(refused.getField()).isEqualTo(field);
            assertThat(refused.getCode()).isEqualTo(code);
        });
    }
}
