package org.perfgoals.backup.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.perfgoals.PostgresTestDatabase;
import org.perfgoals.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The H2 → PostgreSQL move: the demo database of the test context is copied into a new, empty database — PostgreSQL
 * when a server is given (as in .ci/run), another H2 otherwise — with every table's rows, and the copy goes on
 * working: new rows get new ids. A target that is not empty is refused with nothing changed.
 */
class DatabaseCopyTest extends SpringTest {

    @Autowired
    private DataSource dataSource;

    private Database source() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            return new Database(url, connection.getMetaData().getUserName(), "");
        }
    }

    /** A new database on the PostgreSQL server when there is one, else a new H2 in memory. */
    private static Database emptyTarget() throws Exception {
        String server = PostgresTestDatabase.serverUrl();
        if (server == null) {
            server = System.getenv("PERFGOALS_TEST_POSTGRES_URL");
        }
        if (server == null || server.isBlank()) {
            return new Database("jdbc:h2:mem:copy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        String name = "copy_" + ProcessHandle.current().pid() + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(server, "perfgoals", "");
             Statement create = connection.createStatement()) {
            create.execute("create database " + name);
        }
        return new Database(server.substring(0, server.lastIndexOf('/') + 1) + name, "perfgoals", "");
    }

    private static long single(Database database, String sql) throws Exception {
        try (Connection connection = database.connect(); Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void everyTableIsCopiedWithItsRowsAndTheCopyGoesOnGivingNewIds() throws Exception {
        Database source = source();
        Database target = emptyTarget();
        List<TableCount> counts = DatabaseCopy.copy(source, target);

        assertThat(counts).allSatisfy(count -> assertThat(count.matches()).as(count.table()).isTrue());
        assertThat(counts).extracting(TableCount::table).contains("project", "indicator", "unit", "app_user",
                "alert", "audit_entry", "value_change").doesNotContain("flyway_schema_history");
        for (String table : List.of("project", "indicator", "unit", "app_user", "alert", "actual_value")) {
            long rows = single(source, "select count(*) from " + table);
            assertThat(rows).as(table).isPositive();
            assertThat(single(target, "select count(*) from " + table)).as(table).isEqualTo(rows);
        }
        assertThat(single(target, "select count(*) from unit where parent_id is not null"))
                .as("the tree's children after their parents").isEqualTo(single(source,
                        "select count(*) from unit where parent_id is not null"));

        long largest = single(target, "select max(id) from unit");
        try (Connection connection = target.connect(); Statement insert = connection.createStatement()) {
            insert.executeUpdate("insert into unit (name, created_at, version) values ('复制后新建的单位',"
                    + " current_timestamp, 0)");
        }
        assertThat(single(target, "select id from unit where name = '复制后新建的单位'")).isGreaterThan(largest);
    }

    @Test
    void aTargetThatIsNotEmptyIsRefusedAndLeftAlone() throws Exception {
        Database target = emptyTarget();
        DatabaseCopy.copy(source(), target);
        long projects = single(target, "select count(*) from project");

        assertThatThrownBy(() -> DatabaseCopy.copy(source(), target)).isInstanceOf(CopyRefusedException.class)
                .hasMessageContaining("not empty");
        assertThat(single(target, "select count(*) from project")).isEqualTo(projects);
    }

    @Test
    void theCommandAnswersAWrongCommandLineWithItsUsage() {
        assertThat(CopyDatabaseCommand.run(List.of("--from-url=jdbc:h2:mem:x"))).isEqualTo(2);
        assertThat(CopyDatabaseCommand.run(List.of("from-url"))).isEqualTo(2);
    }
}
