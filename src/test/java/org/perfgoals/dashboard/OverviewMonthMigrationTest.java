package org.perfgoals.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.perfgoals.PostgresTestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Flyway V16 moves an installation's overview month rows into the table keyed by year first: every row kept as it
 * was, under the key {@link OverviewMonthKey} gives it, so that a year's rows are exactly the key's range. On the
 * tests' database (H2, or PostgreSQL when the run names a server), migrated to V15 and given rows first.
 */
class OverviewMonthMigrationTest {

    @Test
    void the_rows_of_v12_are_kept_under_keys_ordered_by_year() {
        DriverManagerDataSource database = database();
        flyway(database, "15").migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("insert into unit (name, created_at, version) values ('甲单位', current_timestamp, 0)").update();
        String insert = "insert into overview_month (project_id, period_year, period_month, department, red, yellow,"
                + " no_data, needs_assessment, blue, green, scored, score_points, score_weight, spent)"
                + " values (?, ?, ?, '甲单位', ?, 0, 0, 0, 0, 1, 1, 90.5, 1, ?)";
        jdbc.sql(insert).params(7, 2020, 12, 2, null).update();
        jdbc.sql(insert).params(3, 2021, 3, 1, new BigDecimal("100.25")).update();
        jdbc.sql(insert).params(9_999_999_999L, 2021, 12, 0, new BigDecimal("7.00")).update();
        jdbc.sql(insert).params(3, 2022, 6, 4, new BigDecimal("1.00")).update();

        flyway(database, "16").migrate();

        List<Map<String, Object>> rows = jdbc.sql("select row_key, project_id, period_year, period_month, red, spent"
                + " from overview_month order by row_key").query().listOfRows();
        assertThat(rows).extracting(row -> ((Number) row.get("project_id")).longValue())
                .containsExactly(7L, 3L, 9_999_999_999L, 3L);
        assertThat(rows).extracting(row -> ((Number) row.get("row_key")).longValue()).containsExactly(
                2_020_000_000_000_712L, 2_021_000_000_000_303L, 2_021_999_999_999_912L, 2_022_000_000_000_306L);
        assertThat(rows).extracting(row -> ((Number) row.get("red")).intValue()).containsExactly(2, 1, 0, 4);
        assertThat(rows).extracting(row -> row.get("spent") == null ? null : row.get("spent").toString())
                .containsExactly(null, "100.25", "7.00", "1.00");
        assertThat(jdbc.sql("select project_id from overview_month where row_key between ? and ? order by row_key")
                .params(OverviewMonthKey.first(2021), OverviewMonthKey.last(2021)).query(Long.class).list())
                .as("the year's range of keys holds exactly the year's rows").containsExactly(3L, 9_999_999_999L);
        assertThat(jdbc.sql("select count(*) from overview_month where period_year = 2021 and department = '甲单位'")
                .query(Long.class).single()).as("the index on year and unit still answers").isEqualTo(2L);
    }

    private static DriverManagerDataSource database() {
        String server = PostgresTestDatabase.serverUrl();
        if (server == null) {
            return new DriverManagerDataSource("jdbc:h2:mem:overview_month_migration;DB_CLOSE_DELAY=-1", "sa", "");
        }
        return new DriverManagerDataSource(PostgresTestDatabase.createDatabase(server, "overview_month_migration"),
                "perfgoals", "");
    }

    private static Flyway flyway(DriverManagerDataSource database, String target) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load();
    }
}
