package org.perfgoals.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online backups of the embedded H2 database: H2's {@code BACKUP TO} writes a consistent zip of the database file
 * while the application keeps serving. The files go to {@code perfgoals.backup.folder}, named by their time
 * ({@code perfgoals-20261203-013000-000.zip}); after each backup only the newest {@code perfgoals.backup.keep} stay.
 * Restoring is done with the application stopped (README, Backups). With PostgreSQL there is nothing to do here:
 * {@code pg_dump} backs it up.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class DatabaseBackups {

    static final String PREFIX = "perfgoals-";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final BackupProperties properties;
    private final Clock clock;
    private final AuditLog audit;

    DatabaseBackups(DataSource dataSource, BackupProperties properties, Clock clock, AuditLog audit) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    /** Asked first by the REST API, so that who may act is decided before anything else. */
    public void authorize() {
        // The @PreAuthorize of the class is the whole check.
    }

    /** Writes a backup now and drops the oldest beyond the number kept. */
    public BackupRecord backUp() {
        Path folder = properties.folder().toAbsolutePath();
        Path file = folder.resolve(PREFIX + STAMP.format(clock.instant()) + ".zip");
        try (Connection connection = dataSource.getConnection()) {
            String database = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equals(database)) {
                throw new BackupNotSupportedException(database);
            }
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
                throw new BackupNotSupportedException("H2 in memory");
            }
            Files.createDirectories(folder);
            try (Statement backup = connection.createStatement()) {
                // The path is ours (the configured folder and a time stamp), never a user's text.
                backup.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("backup to " + file + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BackupRecord written = record(file);
        dropBeyond(properties.keep());
        audit.record(AuditEntry.of(AuditType.BACKUP_CREATED, written.file(), written.bytes() + " bytes"));
        LOG.info("Backed up the database to {} ({} bytes)", file, written.bytes());
        return written;
    }

    /** The backups in the folder, newest first. */
    public List<BackupRecord> list() {
        Path folder = properties.folder().toAbsolutePath();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(DatabaseBackups::isBackup).map(DatabaseBackups::record)
                    .sorted(Comparator.comparing(BackupRecord::file).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dropBeyond(int keep) {
        List<BackupRecord> all = list();
        for (BackupRecord old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(properties.folder().toAbsolutePath().resolve(old.file()));
            } catch (IOException e) {
                LOG.warn("Could not delete the old backup {}", old.file(), e);
            }
        }
    }

    private static boolean isBackup(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(".zip") && Files.isRegularFile(file);
    }

    private static BackupRecord record(Path file) {
        try {
            return new BackupRecord(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
