package org.perfgoals.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.OtherUnit;
import org.perfgoals.SeedProjects;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each unit's monitoring is its own: another unit's quarter sheet, weights and the history of its values are missing
 * to a unit's staff and managers (as an unknown id is), readable to that unit, a leader without a unit and admins.
 */
class MonitoringScopeTest extends UseCaseTest {

    private static final Period Q2 = Period.quarter(2019, 2);

    @Autowired
    private QuarterEntryService entry;
    @Autowired
    private WeightsService weights;
    @Autowired
    private UserAccounts accounts;

    @BeforeEach
    void otherUnit() {
        OtherUnit.createUsers(accounts);
    }

    @Test
    void another_units_sheet_and_weights_are_missing_to_staff_and_managers() {
        long training = project(SeedProjects.TRAINING_Q);
        loginAs("staff");
        assertThatThrownBy(() -> entry.sheet(training, Q2)).isInstanceOf(ProjectNotFoundException.class);
        loginAs("manager");
        assertThatThrownBy(() -> weights.weighting(training)).isInstanceOf(ProjectNotFoundException.class);

        assertThat(as(OtherUnit.STAFF, () -> entry.sheet(training, Q2)).project().id()).isEqualTo(training);
        assertThat(as("leader", () -> entry.sheet(training, Q2)).project().id()).isEqualTo(training);
        assertThat(as("admin", () -> weights.weighting(training))).isNotNull();
        loginAs(OtherUnit.MANAGER);
        assertThatThrownBy(() -> entry.sheet(hotline(), Q2)).isInstanceOf(ProjectNotFoundException.class);
    }

    @Test
    void the_history_of_another_units_values_is_empty_as_for_an_unknown_id() {
        long hotline = hotline();
        PeriodSheet sheet = as("admin", () -> entry.sheet(hotline, Q2));
        long indicator = sheet.rows().stream().filter(row -> row.current() != null).findFirst().orElseThrow()
                .indicator().id();
        assertThat(as("staff", () -> entry.history(ChangeSubject.INDICATOR, indicator, Q2))).isNotEmpty();
        assertThat(as(OtherUnit.STAFF, () -> entry.history(ChangeSubject.INDICATOR, indicator, Q2))).isEmpty();
        assertThat(as(OtherUnit.STAFF, () -> entry.history(ChangeSubject.REPORT, hotline, Q2))).isEmpty();
        long item = sheet.budget().getFirst().item().id();
        assertThat(as(OtherUnit.MANAGER, () -> entry.history(ChangeSubject.BUDGET_ITEM, item, Q2))).isEmpty();
        assertThat(as("leader", () -> entry.history(ChangeSubject.INDICATOR, indicator, Q2))).isNotEmpty();
    }
}
