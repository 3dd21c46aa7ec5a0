package org.perfgoals.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.AlertType;
import org.perfgoals.monitoring.domain.Period;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The overdue check: a quarter is overdue {@code overdue-days} (15) after it ended while not submitted. The demo
 * data submit Q1 and Q2 of the five seed projects and leave Q3 and Q4 open.
 */
class OverdueServiceTest extends UseCaseTest {

    @Autowired
    private OverdueService overdue;
    @Autowired
    private QuarterReviewService review;
    @Autowired
    private AlertService alerts;

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

        assertThat(overdue.checkOverdue(LocalDate.of(2019, 10, 15))).as("Q3 ended 15 days ago").isZero();
        assertThat(overdue.checkOverdue(LocalDate.of(2019, 10, 16))).isEqualTo(5);
        assertThat(overdue.checkOverdue(LocalDate.of(2020, 1, 15))).as("Q4 not yet").isEqualTo(5);
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
}
