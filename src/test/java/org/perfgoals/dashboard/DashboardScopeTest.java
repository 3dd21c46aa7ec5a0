package org.perfgoals.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.OtherUnit;
import org.perfgoals.SeedProjects;
import org.perfgoals.SignedInTest;
import org.perfgoals.monitoring.ProjectNotFoundException;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each unit's figures are its own: a manager's overview (tiles, charts, grid, heatmap, unit filter) is computed
 * over their unit only, equal to an admin's overview narrowed to that unit, and the shared cache never hands one
 * scope's overview to another; a leader without a unit and an admin see every project.
 */
class DashboardScopeTest extends SignedInTest {

    private static final OverviewFilter Q2 = new OverviewFilter(2019, 2, null, null);

    @Autowired
    private DashboardService dashboards;
    @Autowired
    private ProjectService projects;
    @Autowired
    private UserAccounts accounts;

    @BeforeEach
    void otherUnit() {
        OtherUnit.createUsers(accounts);
    }

    @Test
    void a_managers_overview_holds_only_their_unit_and_equals_the_admins_narrowed_to_it() {
        Overview mine = as("manager", () -> dashboards.overview(Q2));
        Overview narrowed = as("admin", () -> dashboards.overview(new OverviewFilter(2019, 2, OtherUnit.DEMO_UNIT,
                null)));
        assertThat(mine.projects()).extracting(ProjectOverview::name).containsExactly(SeedProjects.HOTLINE);
        assertThat(mine.budgetByUnit()).containsOnlyKeys(OtherUnit.DEMO_UNIT);
        assertThat(mine.tiles()).isEqualTo(narrowed.tiles());
        assertThat(mine.projects()).isEqualTo(narrowed.projects());
        assertThat(mine.budgetByFundUse()).isEqualTo(narrowed.budgetByFundUse());
        assertThat(as("manager", () -> dashboards.units(2019))).containsExactly(OtherUnit.DEMO_UNIT);
    }

    @Test
    void the_cache_keeps_each_scopes_overview_apart() {
        Overview first = as("manager", () -> dashboards.overview(Q2));
        Overview other = as(OtherUnit.MANAGER, () -> dashboards.overview(Q2));
        Overview all = as("admin", () -> dashboards.overview(Q2));
        assertThat(other.projects()).extracting(ProjectOverview::name).containsExactly(SeedProjects.TRAINING);
        assertThat(other.tiles().budget()).isNotEqualByComparingTo(first.tiles().budget());
        assertThat(all.projects()).hasSize(5);
        assertThat(as("manager", () -> dashboards.overview(Q2))).as("served again from the cache").isSameAs(first);
        assertThat(as("manager", () -> dashboards.overview(new OverviewFilter(2019, 2, OtherUnit.UNIT, null))
                .projects())).as("asking for another unit's figures").isEmpty();
        assertThat(as("manager", () -> dashboards.overview(new OverviewFilter(2019, 2, OtherUnit.UNIT, null))
                .tiles().activeAlerts())).isEmpty();
    }

    @Test
    void a_leader_without_a_unit_and_an_admin_see_every_project() {
        Overview leader = as("leader", () -> dashboards.overview(Q2));
        Overview admin = as("admin", () -> dashboards.overview(Q2));
        assertThat(leader.projects()).extracting(ProjectOverview::name)
                .containsExactlyInAnyOrderElementsOf(SeedProjects.ALL);
        assertThat(leader.tiles()).isEqualTo(admin.tiles());
        assertThat(as("leader", () -> dashboards.units(2019))).hasSize(5);
    }

    @Test
    void another_units_project_dashboard_is_missing() {
        long training = SystemAuthentication.call(() -> SeedProjects.id(projects, SeedProjects.TRAINING_Q));
        loginAs("manager");
        assertThatThrownBy(() -> dashboards.projectYear(training, 2019)).isInstanceOf(ProjectNotFoundException.class);
        assertThat(as(OtherUnit.MANAGER, () -> dashboards.projectYear(training, 2019))).hasSize(4);
        assertThat(as("leader", () -> dashboards.projectYear(training, 2019))).hasSize(4);
    }
}
