package org.perfgoals.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.perfgoals.PostgresTestDatabase;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The overview at 100,000 projects on PostgreSQL, in a database of its own on the server
 * {@code PERFGOALS_TEST_POSTGRES_URL} names ({@code bash .ci/postgres.sh start; set -a; . target/pg/env; set +a}),
 * skipped without it: run with
 * {@code ./mvnw -B -Pbench test-compile failsafe:integration-test@bench failsafe:verify@bench
 * -Dit.test=Overview100kPostgresBench}. What is measured: {@link LargeOverviewMeasurement}. Ends with one BENCH line.
 */
@EnabledIfEnvironmentVariable(named = "PERFGOALS_TEST_POSTGRES_URL", matches = ".+")
@ContextConfiguration(initializers = Overview100kPostgresBench.OnPostgres.class)
@TestPropertySource(properties = "logging.level.org.perfgoals.generator=warn")
class Overview100kPostgresBench extends LargeOverviewMeasurement {

    /** A database of its own on the server of {@code PERFGOALS_TEST_POSTGRES_URL}. */
    static class OnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = PostgresTestDatabase.createDatabase(System.getenv("PERFGOALS_TEST_POSTGRES_URL"),
                    "bench_overview100k");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase",
                    Map.of("spring.datasource.url", url, "spring.datasource.username", "perfgoals",
                            "spring.datasource.password", "")));
        }
    }

    @Test
    void the_overview_at_a_hundred_thousand_projects_on_postgresql() {
        Figures pg = measure();
        System.out.println(line(List.of(String.format(Locale.ROOT,
                "overview100k_pg_projects=%d overview100k_pg_ms=%d overview100k_pg_first_ms=%d "
                        + "overview100k_pg_save_ms=%d overview100k_pg_quarter_ms=%d overview100k_pg_unit_ms=%d "
                        + "overview100k_pg_raw_ms=%d overview100k_pg_ratio_to_raw=%.2f overview100k_pg_before_ms=%d "
                        + "overview100k_pg_rebuild_ms=%d",
                pg.projects(), Math.round(pg.slowest()), Math.round(pg.first()), Math.round(pg.afterSave()),
                Math.round(pg.newQuarter()), Math.round(pg.unit()), Math.round(pg.raw()), pg.ratio(),
                Math.round(pg.before()), Math.round(pg.rebuild())))));
        System.out.flush();
    }
}
