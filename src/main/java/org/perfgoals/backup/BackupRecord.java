package org.perfgoals.backup;

import java.time.Instant;

/** One backup file: its name in the backup folder, its size and when it was written. */
public record BackupRecord(String file, long bytes, Instant createdAt) {
}
