package org.perfgoals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which database the tests run on: H2 by default, PostgreSQL in the second run that the {@code postgres} Maven
 * profile adds when {@code PERFGOALS_TEST_POSTGRES_URL} names a server ({@code .ci/postgres.sh start}). Without a
 * server that run does not happen, and this class says so as a skipped test rather than passing in silence.
 */
class TestDatabaseTest extends SpringTest {

    @Autowired
    private DataSource dataSource;

    private String product() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    @Test
    void theTestsRunOnTheDatabaseTheyWereGiven() throws Exception {
        assertThat(product()).isEqualTo(PostgresTestDatabase.serverUrl() == null ? "H2" : "PostgreSQL");
    }

    @Test
    void aPostgresqlServerIsGivenSoTheTestsRunOnItToo() {
        boolean given = PostgresTestDatabase.serverUrl() != null
                || System.getenv("PERFGOALS_TEST_POSTGRES_URL") != null;
        assumeTrue(given, "PostgreSQL tests skipped: no server given. Run `bash .ci/postgres.sh start`, then "
                + "`set -a; . target/pg/env; set +a` before the test command (see README, PostgreSQL)");
    }
}
