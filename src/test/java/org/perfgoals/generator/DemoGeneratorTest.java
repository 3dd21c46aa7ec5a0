package org.perfgoals.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.perfgoals.SpringTest;
import org.perfgoals.dashboard.DashboardService;
import org.perfgoals.dashboard.Overview;
import org.perfgoals.dashboard.OverviewFilter;
import org.perfgoals.dashboard.ProjectOverview;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Without the demo profile: an empty database, no demo users. */
@ActiveProfiles(value = "test", inheritProfiles = false)
class DemoGeneratorTest extends SpringTest {

    private static final int YEAR = 2031;

    @Autowired
    private DemoGenerator generator;
    @Autowired
    private DashboardService dashboards;
    @Autowired
    private JdbcTemplate jdbc;

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, YEAR);
    }

    @Test
    void generates_projects_with_indicators_four_quarters_of_actuals_and_spending_that_the_overview_shows() {
        GeneratedData data = generator.generate(20, YEAR, 7L);

        assertThat(data.projects()).isEqualTo(20);
        assertThat(count("select count(*) from project where project_year = ?")).isEqualTo(20);
        assertThat(count("select count(distinct department) from project where project_year = ?")).isGreaterThan(1);
        assertThat(count("""
                select count(*) from project p where p.project_year = ?
                and not exists (select 1 from indicator i where i.project_id = p.id)""")).isZero();
        // Every indicator but the derived 预算执行率 has one value per quarter; every budget item one entry.
        assertThat(count("""
                select count(*) from indicator i join project p on p.id = i.project_id
                where p.project_year = ? and i.name not like '%预算执行率%'
                and (select count(distinct a.period_month) from actual_value a where a.indicator_id = i.id) <> 4"""))
                .isZero();
        assertThat(count("""
                select count(*) from budget_item b join project p on p.id = b.project_id where p.project_year = ?
                and (select count(distinct e.period_month) from budget_execution e
                     where e.budget_item_id = b.id) <> 4"""))
                .isZero();
        assertThat(count("select count(*) from period_report where period_year = ?")).isEqualTo(80);
        assertThat(count("select count(*) from actual_value where period_year = ? and score is not null"))
                .isGreaterThan(0);

        Overview overview = SystemAuthentication.call(() -> dashboards.overview(new OverviewFilter(YEAR, 3, null,
                null)));
        assertThat(overview.projects()).hasSize(20);
        Set<Status> statuses = overview.projects().stream().map(ProjectOverview::status).collect(Collectors.toSet());
        assertThat(statuses).isNotEqualTo(Set.of(Status.NO_DATA));
        assertThat(overview.tiles().green()).isPositive();
        assertThat(overview.projects()).allSatisfy(row -> {
            assertThat(row.quarterStatus()).hasSize(4);
            assertThat(row.spent()).isPositive();
            assertThat(row.score()).isNotNull();
        });
    }
}
