package org.perfgoals.backup;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.perfgoals.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly backup ({@code perfgoals.backup.cron}, 01:30 by default; {@code "-"} turns it off), on one node at a
 * time. On PostgreSQL it does nothing but say so once a night: pg_dump is the backup there.
 */
@Component
class NightlyBackup {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyBackup.class);

    private final DatabaseBackups backups;

    NightlyBackup(DatabaseBackups backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${perfgoals.backup.cron:0 30 1 * * *}")
    @SchedulerLock(name = "nightly-backup", lockAtLeastFor = "1m")
    public void run() {
        try {
            SystemAuthentication.call(backups::backUp);
        } catch (BackupNotSupportedException notEmbedded) {
            LOG.info("Nightly backup skipped: {}", notEmbedded.getMessage());
        }
    }
}
