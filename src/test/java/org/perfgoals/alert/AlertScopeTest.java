package org.perfgoals.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.OtherUnit;
import org.perfgoals.SignedInTest;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Each unit's alerts are its own: the alert centre, its filters, the counts and the header's bell of a unit's staff
 * and managers hold only their unit's alerts; another unit's alert is missing to them, read or acted on.
 */
class AlertScopeTest extends SignedInTest {

    @Autowired
    private AlertService alerts;
    @Autowired
    private UserAccounts accounts;

    @BeforeEach
    void otherUnit() {
        OtherUnit.createUsers(accounts);
    }

    private List<String> unitsListed(String user) {
        return as(user, () -> alerts.list(AlertFilter.ALL, Pageable.unpaged())).stream().map(AlertRecord::unit)
                .distinct().toList();
    }

    private AlertRecord anAlertOf(String unit) {
        return as("admin", () -> alerts.list(new AlertFilter(null, null, unit, null, null, null, true),
                Pageable.unpaged())).getFirst();
    }

    @Test
    void staff_and_managers_list_and_count_only_their_units_alerts() {
        assertThat(unitsListed("staff")).containsExactly(OtherUnit.DEMO_UNIT);
        assertThat(unitsListed("manager")).containsExactly(OtherUnit.DEMO_UNIT);
        assertThat(unitsListed(OtherUnit.STAFF)).containsExactly(OtherUnit.UNIT);
        assertThat(as("manager", () -> alerts.count(new AlertFilter(null, null, OtherUnit.UNIT, null, null, null,
                null)))).as("filtering for another unit counts nothing").isZero();
        long ownActive = as("admin", () -> alerts.count(new AlertFilter(null, null, OtherUnit.DEMO_UNIT, null, null,
                null, true)));
        assertThat(as("staff", alerts::countActiveForCurrentUser)).as("the bell").isEqualTo(ownActive).isPositive();
        assertThat(as("staff", alerts::units)).containsExactly(OtherUnit.DEMO_UNIT);
        assertThat(as(OtherUnit.MANAGER, alerts::alertedProjects)).extracting(AlertedProject::projectName)
                .containsExactly(org.perfgoals.SeedProjects.TRAINING);
    }

    @Test
    void a_leader_without_a_unit_and_an_admin_see_every_units_alerts() {
        assertThat(unitsListed("leader")).hasSize(5);
        assertThat(unitsListed("admin")).hasSize(5);
        long active = as("admin", () -> alerts.count(new AlertFilter(null, null, null, null, null, null, true)));
        assertThat(as("leader", alerts::countActiveForCurrentUser)).isEqualTo(active);
        assertThat(as("leader", alerts::units)).hasSize(5);
    }

    @Test
    void another_units_alert_is_missing_to_read_acknowledge_and_resolve() {
        AlertRecord training = anAlertOf(OtherUnit.UNIT);
        assertThat(as("staff", () -> alerts.get(training.id()))).isEmpty();
        assertThat(as(OtherUnit.STAFF, () -> alerts.get(training.id()))).isPresent();
        loginAs("staff");
        assertThatThrownBy(() -> alerts.acknowledge(training.id(), "看过")).isInstanceOf(AlertNotFoundException.class);
        loginAs("manager");
        assertThatThrownBy(() -> alerts.resolve(training.id(), "好")).isInstanceOf(AlertNotFoundException.class);
        assertThat(as("admin", () -> alerts.get(training.id()))).as("nothing was stored").contains(training);
    }
}
