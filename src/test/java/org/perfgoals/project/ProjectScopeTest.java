package org.perfgoals.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.OtherUnit;
import org.perfgoals.SeedProjects;
import org.perfgoals.SignedInTest;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Each unit's projects are its own: staff and managers list, count, search and open only their unit's projects, a
 * leader without a unit and an admin every project; another unit's project reads as missing, by any id.
 */
class ProjectScopeTest extends SignedInTest {

    @Autowired
    private ProjectService projects;
    @Autowired
    private ProjectQueries queries;
    @Autowired
    private UserAccounts accounts;

    private long hotline;
    private long training;
    private long trainingIndicator;
    private long trainingItem;

    @BeforeEach
    void otherUnit() {
        OtherUnit.createUsers(accounts);
        hotline = SystemAuthentication.call(() -> SeedProjects.hotline(projects));
        training = SystemAuthentication.call(() -> SeedProjects.id(projects, SeedProjects.TRAINING_Q));
        ProjectDetails details = SystemAuthentication.call(() -> queries.details(training).orElseThrow());
        trainingIndicator = details.indicators().getFirst().id();
        trainingItem = details.budgetItems().getFirst().id();
    }

    private List<String> listed(String user) {
        return as(user, () -> projects.list(ProjectFilter.ALL, Pageable.unpaged())).stream()
                .map(ProjectSummary::name).toList();
    }

    @Test
    void staff_and_managers_list_count_and_search_only_their_own_units_projects() {
        assertThat(listed("staff")).containsExactly(SeedProjects.HOTLINE);
        assertThat(listed("manager")).containsExactly(SeedProjects.HOTLINE);
        assertThat(listed(OtherUnit.STAFF)).containsExactly(SeedProjects.TRAINING);
        assertThat(listed(OtherUnit.MANAGER)).containsExactly(SeedProjects.TRAINING);
        assertThat(as("manager", () -> projects.count(ProjectFilter.ALL))).isEqualTo(1);
        assertThat(as("manager", () -> projects.list(new ProjectFilter(null, OtherUnit.UNIT, null),
                Pageable.unpaged()))).as("filtering for another unit finds nothing").isEmpty();
        assertThat(as("staff", () -> projects.count(new ProjectFilter(null, null, SeedProjects.TRAINING_Q))))
                .as("nor does searching its project's name").isZero();
        assertThat(as("staff", () -> queries.details(ProjectFilter.ALL, PageRequest.of(0, 10))))
                .extracting(ProjectDetails::name).containsExactly(SeedProjects.HOTLINE);
    }

    @Test
    void the_filter_options_offer_only_the_readers_units() {
        assertThat(as("manager", projects::units)).containsExactly(OtherUnit.DEMO_UNIT);
        assertThat(as(OtherUnit.STAFF, projects::units)).containsExactly(OtherUnit.UNIT);
        assertThat(as("leader", projects::units)).hasSize(5);
        assertThat(as("staff", projects::years)).containsExactly(2019);
        assertThat(as("staff", projects::allIds)).containsExactly(hotline);
    }

    @Test
    void a_leader_without_a_unit_and_an_admin_read_every_project() {
        assertThat(listed("leader")).containsExactlyInAnyOrderElementsOf(SeedProjects.ALL);
        assertThat(listed("admin")).containsExactlyInAnyOrderElementsOf(SeedProjects.ALL);
        assertThat(as("leader", () -> queries.details(training))).isPresent();
        assertThat(as("admin", () -> projects.get(hotline))).isPresent();
    }

    @Test
    void another_units_project_is_missing_by_its_id_its_indicators_and_its_sub_items() {
        assertThat(as("manager", () -> queries.details(training))).isEmpty();
        assertThat(as("staff", () -> projects.summary(training))).isEmpty();
        assertThat(as("staff", () -> projects.get(training))).isEmpty();
        assertThat(as("staff", () -> queries.yearOf(training))).isEmpty();
        assertThat(as("staff", () -> projects.projectOfIndicator(trainingIndicator))).isEmpty();
        assertThat(as("staff", () -> projects.projectOfBudgetItem(trainingItem))).isEmpty();
        assertThat(as(OtherUnit.MANAGER, () -> queries.details(hotline))).isEmpty();

        assertThat(as(OtherUnit.STAFF, () -> queries.details(training))).isPresent();
        assertThat(as(OtherUnit.STAFF, () -> projects.projectOfIndicator(trainingIndicator))).contains(training);
        assertThat(as(OtherUnit.STAFF, () -> projects.projectOfBudgetItem(trainingItem))).contains(training);
        assertThat(as("staff", () -> queries.details(hotline))).isPresent();
    }
}
