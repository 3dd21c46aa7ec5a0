package org.perfgoals.base.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.perfgoals.PostgresTestDatabase;
import org.perfgoals.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An H2 pool's URL gets a query cache of 256 statements unless it names one; other databases' URLs stay as they
 * are; and the running H2 database has it.
 */
class H2QueryCacheTest extends SpringTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void an_h2_url_gets_the_cache_unless_it_names_its_own() {
        assertThat(H2QueryCache.withCache("jdbc:h2:file:./data/perfgoals;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:./data/perfgoals;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=256");
        assertThat(H2QueryCache.withCache("jdbc:h2:mem:x;query_cache_size=16"))
                .isEqualTo("jdbc:h2:mem:x;query_cache_size=16");
        assertThat(H2QueryCache.withCache("jdbc:postgresql://db:5432/perfgoals"))
                .isEqualTo("jdbc:postgresql://db:5432/perfgoals");
    }

    @Test
    void the_running_h2_database_keeps_256_statements_per_session() {
        assumeTrue(PostgresTestDatabase.serverUrl() == null, "an H2 setting, tested in the H2 run");
        assertThat(JdbcClient.create(dataSource).sql("select setting_value from information_schema.settings"
                + " where setting_name = 'QUERY_CACHE_SIZE'").query(String.class).single()).isEqualTo("256");
    }
}
