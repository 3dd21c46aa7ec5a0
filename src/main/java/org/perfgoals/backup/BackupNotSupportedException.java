package org.perfgoals.backup;

/** The database is not the embedded H2 (PostgreSQL is backed up with pg_dump, outside the application). */
public class BackupNotSupportedException extends RuntimeException {

    private final String database;

    public BackupNotSupportedException(String database) {
        super("online backups are for the embedded H2 database, not " + database);
        this.database = database;
    }

    public String getDatabase() {
        return database;
    }
}
