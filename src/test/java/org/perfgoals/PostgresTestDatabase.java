package org.perfgoals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the Spring tests on PostgreSQL when the system property {@code perfgoals.test.postgres-url} names a server
 * (the {@code postgres} Maven profile sets it from {@code .ci/postgres.sh}): every application context gets a
 * database of its own on that server, created here, as it gets an in-memory H2 database of its own otherwise. So
 * the same tests, migrations and queries run on both databases. Without the property nothing changes.
 */
public final class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String URL_PROPERTY = "perfgoals.test.postgres-url";
    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    /** The server's URL (of a database the tests may connect to and create others from), or null for H2. */
    public static String serverUrl() {
        String url = System.getProperty(URL_PROPERTY, "");
        return url.isBlank() ? null : url;
    }

    /** (Re-)creates the empty database {@code name} on the server and returns its URL. */
    public static String createDatabase(String server, String name) {
        try (Connection connection = DriverManager.getConnection(server, "perfgoals", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + server, e);
        }
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String server = serverUrl();
        if (server == null || context.getEnvironment().getPropertySources().contains("postgresTestDatabase")) {
            return;
        }
        String url = createDatabase(server,
                "test_" + ProcessHandle.current().pid() + "_" + CONTEXTS.incrementAndGet());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "perfgoals",
                "spring.datasource.password", "")));
    }
}
