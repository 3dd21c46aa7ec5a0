package org.perfgoals.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.perfgoals.PostgresTestDatabase;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The overview at 100,000 projects on the embedded default, an H2 <em>file</em> database (under
 * {@code target/bench}, deleted before each run): run with
 * {@code ./mvnw -B -Pbench test-compile failsafe:integration-test@bench failsafe:verify@bench
 * -Dit.test=Overview100kBench}. What is measured: {@link LargeOverviewMeasurement}. Ends with one BENCH line.
 */
@ContextConfiguration(initializers = Overview100kBench.EmptyFile.class)
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:file:./target/bench/overview100k/perfgoals",
    "logging.level.org.perfgoals.generator=warn"})
class Overview100kBench extends LargeOverviewMeasurement {

    /** Before the Spring context opens the database: every run starts from an empty file. */
    static class EmptyFile implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Path folder = Path.of("target", "bench", "overview100k");
            try {
                if (Files.isDirectory(folder)) {
                    try (var files = Files.list(folder)) {
                        for (Path file : files.toList()) {
                            Files.delete(file);
                        }
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void the_overview_at_a_hundred_thousand_projects_on_an_h2_file() {
        assumeTrue(PostgresTestDatabase.serverUrl() == null, "the bench runs on PostgreSQL: no H2 file here");
        Figures h2 = measure();
        System.out.println(line(List.of(String.format(Locale.ROOT,
                "overview100k_projects=%d overview100k_ms=%d overview100k_first_ms=%d overview100k_save_ms=%d "
                        + "overview100k_quarter_ms=%d overview100k_unit_ms=%d overview100k_raw_ms=%d "
                        + "overview100k_ratio_to_raw=%.2f overview100k_before_ms=%d overview100k_rebuild_ms=%d",
                h2.projects(), Math.round(h2.slowest()), Math.round(h2.first()), Math.round(h2.afterSave()),
                Math.round(h2.newQuarter()), Math.round(h2.unit()), Math.round(h2.raw()), h2.ratio(),
                Math.round(h2.before()), Math.round(h2.rebuild())))));
        System.out.flush();
    }
}
