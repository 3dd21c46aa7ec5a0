package org.perfgoals.base.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which pools get {@code SET WRITE_DELAY 0} on each new connection (CrashIT shows what it is for). */
class H2DurabilityTest {

    @ParameterizedTest
    @CsvSource({
        // url                                                  | commits written before they return
        "jdbc:h2:file:./data/perfgoals;AUTO_SERVER=TRUE,          true",
        "jdbc:h2:/srv/perfgoals/db,                               true",
        "jdbc:h2:~/perfgoals,                                     true",
        "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1,                      false",
        "jdbc:h2:tcp://db.example/perfgoals,                      false",
        "jdbc:postgresql://db.example:5432/perfgoals,             false",
    })
    void an_embedded_h2_file_database_writes_every_commit_before_it_returns(String url, boolean set) {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url);
            new H2Durability().postProcessBeforeInitialization(pool, "dataSource");
            assertThat(pool.getConnectionInitSql()).isEqualTo(set ? H2Durability.NO_WRITE_DELAY : null);
        }
    }
}
