package org.perfgoals.backup;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Online backups of the embedded H2 database ({@code perfgoals.backup.*}): the folder they go to, how many are kept,
 * and when the nightly one runs ({@code "-"} turns it off).
 */
@ConfigurationProperties("perfgoals.backup")
public record BackupProperties(Path folder, int keep, String cron) {

    public BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("perfgoals.backup.keep must be at least 1: " + keep);
        }
    }
}
