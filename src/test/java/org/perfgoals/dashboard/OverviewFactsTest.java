package org.perfgoals.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.SignedInTest;
import org.perfgoals.alert.AlertService;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.EntryMode;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.SpendingEntry;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overview is read from per-project rows kept up to date on every change (OverviewFacts): after each kind of
 * change, through the services or by another node, it equals the overview recomputed from the source tables with
 * the year-wide aggregates it was computed from before.
 */
class OverviewFactsTest extends SignedInTest {

    private static final int YEAR = SeedProjects.YEAR;
    private static final Period Q4 = Period.quarter(YEAR, 4);

    @Autowired
    private DashboardService dashboards;
    @Autowired
    private QuarterEntryService entry;
    @Autowired
    private AlertService alerts;
    @Autowired
    private ProjectService projects;
    @Autowired
    private JdbcClient jdbc;

    private long hotline() {
        return SystemAuthentication.call(() -> SeedProjects.hotline(projects));
    }

    private long project(String query) {
        return SystemAuthentication.call(() -> SeedProjects.id(projects, query));
    }

    /**
     * The tests of a class share one database: a test that left kept rows out of date on purpose must not leave them
     * so for the next one.
     */
    @AfterEach
    void recomputeEverythingForTheNextTest() {
        jdbc.sql("insert into overview_dirty (project_id) values (null)").update();
        jdbc.sql("update data_version set version = version + 1").update();
    }

    private String hotlineUnit() {
        return jdbc.sql("select department from project where id = ?").param(hotline()).query(String.class).single();
    }

    private List<OverviewFilter> filters() {
        return List.of(new OverviewFilter(YEAR, 1, null, null), new OverviewFilter(YEAR, 2, null, null),
                new OverviewFilter(YEAR, 3, null, null), new OverviewFilter(YEAR, 4, null, null),
                new OverviewFilter(YEAR, 4, hotlineUnit(), null), new OverviewFilter(YEAR, 4, null, Status.RED),
                new OverviewFilter(YEAR, 3, null, Status.GREEN), new OverviewFilter(YEAR - 1, 4, null, null));
    }

    /** Every filter, as an admin and as the unit's manager: what is served equals a recomputation from scratch. */
    private void assertEveryOverviewIsFresh() {
        for (String user : List.of("admin", "manager")) {
            for (OverviewFilter filter : filters()) {
                Overview served = as(user, () -> dashboards.overview(filter));
                Overview recomputed = as(user, () -> dashboards.recomputedFromSources(filter));
                assertThat(served).as("%s as %s", filter, user).isEqualTo(recomputed);
            }
        }
    }

    private ProjectOverview hotlineIn(Overview overview) {
        return row(overview, hotline());
    }

    private static ProjectOverview row(Overview overview, long projectId) {
        return overview.projects().stream().filter(row -> row.id() == projectId).findFirst().orElseThrow();
    }

    private Overview q4(String user) {
        return as(user, () -> dashboards.overview(new OverviewFilter(YEAR, 4, null, null)));
    }

    private long marks() {
        return jdbc.sql("select count(*) from overview_dirty").query(Long.class).single();
    }

    @Test
    void after_start_up_the_overview_equals_a_recomputation_from_the_source_tables() {
        assertEveryOverviewIsFresh();
        assertThat(q4("admin").projects()).hasSize(5);
        assertThat(marks()).as("every mark of the start-up was worked off").isZero();
    }

    @Test
    void a_save_of_values_and_spending_is_in_the_next_overview_and_only_its_project_is_recomputed() {
        Overview before = q4("admin");
        PeriodSheet sheet = as("staff", () -> entry.sheet(hotline(), Q4));
        long connection = sheet.rows().stream().filter(row -> row.indicator().name().equals("综合接通率"))
                .findFirst().orElseThrow().indicator().id();
        long item = sheet.project().budgetItems().getFirst().id();
        Supplier<PeriodSheet> save = () -> entry.save(hotline(), Q4, new SheetInput(
                List.of(ActualEntry.number(connection, "75")), List.of(new SpendingEntry(item, "1234.56", null)),
                null, null), EntryMode.FEED);
        as("staff", save);
        assertThat(jdbc.sql("select project_id from overview_dirty").query(Long.class).list())
                .as("the save marked its project, in its own transaction").containsExactly(hotline());

        Overview after = q4("admin");
        assertThat(after).isNotEqualTo(before);
        assertThat(hotlineIn(after).spent()).isNotEqualByComparingTo(hotlineIn(before).spent());
        assertThat(hotlineIn(after).quarterStatus().get(4)).isEqualTo(Status.RED);
        assertThat(marks()).isZero();
        assertEveryOverviewIsFresh();
    }

    @Test
    void a_change_another_node_committed_with_its_mark_is_in_the_next_overview_here() {
        long permits = project(SeedProjects.WORK_PERMITS_Q);
        assertThat(row(q4("admin"), permits).quarterStatus().get(1)).isNotEqualTo(Status.RED);
        // Another node's transaction: the change and its mark commit together, then it bumps the shared version.
        jdbc.sql("update actual_value set status = 'RED' where project_id = ? and period_year = ? and period_month = 3")
                .param(permits).param(YEAR).update();
        jdbc.sql("insert into overview_dirty (project_id) values (?)").param(permits).update();
        jdbc.sql("update data_version set version = version + 1").update();

        assertThat(row(q4("admin"), permits).quarterStatus().get(1)).isEqualTo(Status.RED);
        assertEveryOverviewIsFresh();
    }

    @Test
    void the_overview_is_read_from_the_kept_rows_so_an_unmarked_change_would_be_missed() {
        // The guard of the tests above: the comparison does tell kept rows from the source tables.
        long training = project(SeedProjects.TRAINING_Q);
        assertThat(row(q4("admin"), training).quarterStatus().get(1)).isNotEqualTo(Status.RED);
        jdbc.sql("update actual_value set status = 'RED' where project_id = ? and period_year = ? and period_month = 3")
                .param(training).param(YEAR).update();
        jdbc.sql("update data_version set version = version + 1").update();
        OverviewFilter q1 = new OverviewFilter(YEAR, 1, null, null);

        assertThat(as("admin", () -> dashboards.overview(q1)))
                .isNotEqualTo(as("admin", () -> dashboards.recomputedFromSources(q1)));
    }

    @Test
    void every_status_the_evaluator_gives_is_counted_in_a_column_of_its_own() {
        assertThat(OverviewFactsRepository.COUNTED_STATUSES)
                .containsExactlyInAnyOrderElementsOf(Stream.of(Status.values()).map(Status::name).toList());
    }

    @Test
    void when_everything_is_marked_every_row_is_recomputed() {
        jdbc.sql("delete from overview_month").update();
        jdbc.sql("update overview_project set name = 'stale', indicators = 0").update();
        jdbc.sql("insert into overview_dirty (project_id) values (null)").update();
        jdbc.sql("update data_version set version = version + 1").update();

        assertEveryOverviewIsFresh();
        assertThat(jdbc.sql("select count(*) from overview_project where name = 'stale'").query(Long.class).single())
                .isZero();
    }

    @Test
    void an_alert_step_marks_no_project_and_the_alert_tiles_follow() {
        Overview before = q4("admin");
        long open = jdbc.sql("select id from alert where status = 'OPEN' order by id fetch first 1 rows only")
                .query(Long.class).single();
        as("admin", () -> alerts.resolve(open, "已处理"));
        assertThat(marks()).isZero();

        assertThat(q4("admin").tiles().activeAlerts()).isNotEqualTo(before.tiles().activeAlerts());
        assertEveryOverviewIsFresh();
    }

    @Test
    void a_unit_rename_reaches_the_kept_rows() {
        String unit = hotlineUnit();
        long id = jdbc.sql("select id from unit where name = ?").param(unit).query(Long.class).single();
        jdbc.sql("update unit set name = ? where id = ?").param(unit + "（新）").param(id).update();
        jdbc.sql("update data_version set version = version + 1").update();

        assertThat(hotlineIn(q4("admin")).unit()).isEqualTo(unit + "（新）");
        OverviewFilter renamed = new OverviewFilter(YEAR, 4, unit + "（新）", null);
        assertThat(as("admin", () -> dashboards.overview(renamed)))
                .isEqualTo(as("admin", () -> dashboards.recomputedFromSources(renamed)));
    }
}
