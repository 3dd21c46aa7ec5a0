package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database that cannot answer now is a 503 problem with {@code Retry-After}, soon, never a 500 after a long wait:
 * with every connection of a small pool held, a list of alerts is refused within the pool's connection timeout;
 * a statement past its query timeout and the wrapped forms of a missing connection are answered alike. Other
 * failures stay 500s.
 */
@TestPropertySource(properties = {
    "spring.datasource.hikari.maximum-pool-size=3",
    "spring.datasource.hikari.connection-timeout=300",
    "perfgoals.api.retry-after=7s"})
@Import(OverloadApiTest.Failing.class)
class OverloadApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private DataSource dataSource;

    /** Endpoints of this test only, failing as an overloaded database makes the real ones fail. */
    @RestController
    static class Failing {

        private final JdbcTemplate slow;
        private final boolean postgres;

        Failing(DataSource dataSource) throws SQLException {
            this.slow = new JdbcTemplate(dataSource);
            slow.setQueryTimeout(1);
            try (Connection connection = dataSource.getConnection()) {
                postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            }
        }

        @GetMapping("/api/v1/test-overload/{kind}")
        String fail(@PathVariable String kind) {
            switch (kind) {
                case "slow-query" -> slow.queryForObject(postgres ? "select pg_sleep(30)::text"
                        : "select cast(sum(x) as varchar) from system_range(1, 100000000000)", String.class);
                case "no-transaction" -> throw new CannotCreateTransactionException("Could not open JPA EntityManager",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
                default -> throw new IllegalStateException("a bug of ours");
            }
            return "unreachable";
        }
    }

    private static JsonNode unavailable(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://perfgoals.org/problems/unavailable");
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("retryAfter").asInt()).isEqualTo(7);
        return problem;
    }

    @Test
    void with_every_pooled_connection_held_an_alert_list_is_a_503_with_retry_after() throws Exception {
        assertThat(api().call("GET", "/api/v1/alerts?size=5&type=DATA_OVERDUE", "leader", null).statusCode())
                .isEqualTo(200);
        List<Connection> held = new ArrayList<>();
        try {
            while (true) {
                held.add(dataSource.getConnection());
            }
        } catch (SQLTransientConnectionException exhausted) {
            // every connection of the pool is held now
        }
        try {
            assertThat(held).hasSize(3);
            JsonNode problem = unavailable(api().call("GET", "/api/v1/alerts?size=5&type=DATA_OVERDUE", "leader",
                    null, "en"));
            assertThat(problem.path("title").asString()).isEqualTo("Service unavailable");
            assertThat(problem.path("detail").asString()).contains("Retry in 7 seconds");
            assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/alerts");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(api().call("GET", "/api/v1/alerts?size=5", "leader", null).statusCode())
                .as("served again once connections are free").isEqualTo(200);
    }

    @Test
    void a_statement_past_its_query_timeout_is_a_503_with_retry_after() throws Exception {
        JsonNode problem = unavailable(api().call("GET", "/api/v1/test-overload/slow-query", "leader", null));
        assertThat(problem.path("title").asString()).isEqualTo("服务暂时不可用");
    }

    @Test
    void a_transaction_that_found_no_connection_is_a_503_and_a_bug_stays_a_500() throws Exception {
        unavailable(api().call("GET", "/api/v1/test-overload/no-transaction", "leader", null));
        HttpResponse<String> bug = api().call("GET", "/api/v1/test-overload/bug", "leader", null);
        assertThat(bug.statusCode()).isEqualTo(500);
        assertThat(bug.headers().firstValue("Retry-After")).isEmpty();
    }
}
