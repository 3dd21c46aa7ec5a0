package org.perfgoals.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.alert.AlertAction;
import org.perfgoals.alert.AlertEventRecord;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertRecord;
import org.perfgoals.alert.AlertStatus;
import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.AlertType;
import org.perfgoals.monitoring.domain.Period;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overdue check: a quarter is overdue {@code overdue-days} (10) after it ended while not submitted. The demo
 * data submit Q1 and Q2 of the five seed projects and leave Q3 and Q4 open.
 */
class OverdueServiceTest extends UseCaseTest {

    @Autowired
    private OverdueService overdue;
    @Autowired
    private QuarterReviewService review;
    @Autowired
    private AlertService alerts;
    @Autowired
    private JdbcClient jdbc;

    private long activeOverdueAlerts(Long project) {
        return alerts.count(new AlertFilter(null, AlertType.DATA_OVERDUE, null, project, null, null, true));
    }

    @Test
    void overdueCheckRaisesOneAlertPerProjectAndPeriod() {
        loginAs("admin");

        assertThat(overdue.checkOverdue(LocalDate.of(2020, 1, 20))).as("Q3 and Q4 of five projects").isEqualTo(10);
        assertThat(overdue.checkOverdue(LocalDate.of(2020, 1, 20))).isEqualTo(10);

        assertThat(activeOverdueAlerts(null)).as("checked twice, raised once").isEqualTo(10);
    }

    @Test
    void aQuarterIsOverdueOnlyOnceItsGraceDaysHavePassed() {
        loginAs("admin");

        assertThat(overdue.checkOverdue(LocalDate.of(2019, 10, 10))).as("Q3 ended 10 days ago").isZero();
        assertThat(activeOverdueAlerts(null)).as("a check on a day before the due days closes their alerts")
                .isZero();
        assertThat(overdue.checkOverdue(LocalDate.of(2019, 10, 11))).isEqualTo(5);
        assertThat(overdue.checkOverdue(LocalDate.of(2020, 1, 10))).as("Q4 not yet").isEqualTo(5);
        assertThat(activeOverdueAlerts(null)).isEqualTo(5);

        // As it was, for the other tests: Q3 and Q4 overdue.
        assertThat(overdue.checkOverdue(LocalDate.of(2020, 1, 20))).isEqualTo(10);
    }

    @Test
    void submittingAQuarterResolvesItsOverdueAlert() {
        loginAs("staff");
        long hotline = hotline();
        assertThat(activeOverdueAlerts(hotline)).as("Q3 and Q4").isEqualTo(2);

        review.submit(hotline, Period.quarter(2019, 3), null);

        assertThat(activeOverdueAlerts(hotline)).isEqualTo(1);
        loginAs("admin");
        assertThat(overdue.checkOverdue(LocalDate.of(2020, 1, 20))).isEqualTo(9);
        assertThat(activeOverdueAlerts(hotline)).isEqualTo(1);
    }

    @Test
    void aQuarterSubmittedWhileItsAlertStayedOpenIsResolvedByTheCheckWithItsEvent() {
        loginAs("admin");
        LocalDate today = LocalDate.of(2020, 1, 20);
        long training = project(SeedProjects.TRAINING_Q);
        int before = overdue.checkOverdue(today);
        AlertRecord open = alerts.list(new AlertFilter(null, AlertType.DATA_OVERDUE, null, training, 2019, 12, true),
                org.springframework.data.domain.PageRequest.of(0, 10)).getFirst();
        assertThat(open.events()).extracting(AlertEventRecord::action, AlertEventRecord::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertAction.RAISED, "system"));
        // Submitted behind the alert's back (as another node's submit whose alert step was lost would leave it).
        String state = jdbc.sql("select state from period_report where project_id = :id and period_year = 2019"
                + " and period_month = 12").param("id", training).query(String.class).optional().orElse(null);
        if (state == null) {
            jdbc.sql("insert into period_report (version, project_id, period_year, period_month, state, demo)"
                    + " values (0, :id, 2019, 12, 'SUBMITTED', false)").param("id", training).update();
        } else {
            setState(training, "SUBMITTED");
        }

        assertThat(overdue.checkOverdue(today)).isEqualTo(before - 1);

        AlertRecord resolved = alerts.get(open.id()).orElseThrow();
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.events()).extracting(AlertEventRecord::action, AlertEventRecord::actor,
                AlertEventRecord::comment).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AlertAction.RAISED, "system", null),
                org.assertj.core.groups.Tuple.tuple(AlertAction.AUTO_RESOLVED, "system", "GREEN"));
        assertThat(activeOverdueAlerts(training)).as("Q3 still open").isEqualTo(1);

        // As it was, for the other tests: the quarter open again, and overdue again.
        if (state == null) {
            jdbc.sql("delete from period_report where project_id = :id and period_year = 2019 and period_month = 12")
                    .param("id", training).update();
        } else {
            setState(training, state);
        }
        assertThat(overdue.checkOverdue(today)).isEqualTo(before);
        assertThat(activeOverdueAlerts(training)).isEqualTo(2);
    }

    private void setState(long project, String state) {
        jdbc.sql("update period_report set state = :state where project_id = :id and period_year = 2019"
                + " and period_month = 12").param("state", state).param("id", project).update();
    }
}
