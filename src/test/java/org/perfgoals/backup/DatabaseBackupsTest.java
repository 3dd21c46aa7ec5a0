package org.perfgoals.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.h2.tools.Restore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.PostgresTestDatabase;
import org.perfgoals.SignedInTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * Online backups of an H2 file database, and the restore README describes: H2's {@code Restore} tool unpacks a backup
 * into an empty folder, and that database holds exactly what the running one held when it was backed up.
 */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:file:./target/backup-test-${random.uuid}/perfgoals",
    "perfgoals.backup.folder=target/backup-test-backups-${random.uuid}",
    "perfgoals.backup.keep=2"})
class DatabaseBackupsTest extends SignedInTest {

    @Autowired
    private DatabaseBackups backups;
    @Autowired
    private BackupProperties properties;
    @Autowired
    private JdbcClient jdbc;

    /** On the PostgreSQL run the context's database is PostgreSQL whatever the URL above: nothing to back up. */
    @BeforeEach
    void onH2Only() {
        assumeTrue(PostgresTestDatabase.serverUrl() == null, "H2 online backups are tested in the H2 run");
    }

    private long count(Connection connection, String table) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aBackupRestoredIntoAnEmptyFolderHoldsWhatTheDatabaseHeld() throws Exception {
        loginAs("admin");
        long projects = jdbc.sql("select count(*) from project").query(Long.class).single();
        long indicators = jdbc.sql("select count(*) from indicator").query(Long.class).single();
        assertThat(projects).isPositive();

        BackupRecord written = backups.backUp();
        Path zip = properties.folder().toAbsolutePath().resolve(written.file());
        assertThat(zip).exists();
        assertThat(written.bytes()).isEqualTo(Files.size(zip));

        Path restored = Files.createTempDirectory(Path.of("target"), "restored-");
        Restore.execute(zip.toString(), restored.toString(), "perfgoals");
        try (Connection database = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("perfgoals")
                .toAbsolutePath(), "sa", "")) {
            assertThat(count(database, "project")).isEqualTo(projects);
            assertThat(count(database, "indicator")).isEqualTo(indicators);
        }
    }

    @Test
    void onlyTheNewestBackupsAreKept() {
        loginAs("admin");
        BackupRecord first = backups.backUp();
        BackupRecord second = backups.backUp();
        BackupRecord third = backups.backUp();
        List<String> kept = backups.list().stream().map(BackupRecord::file).toList();
        assertThat(kept).as("keep=2, newest first").containsExactly(third.file(), second.file());
        assertThat(properties.folder().toAbsolutePath().resolve(first.file())).doesNotExist();
    }

    @Test
    void onlyAdminsBackUp() {
        for (String user : List.of("leader", "manager", "staff")) {
            loginAs(user);
            assertThatThrownBy(() -> backups.backUp()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> backups.list()).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }
}
