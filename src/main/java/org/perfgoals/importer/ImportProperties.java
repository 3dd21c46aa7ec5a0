package org.perfgoals.importer;

import org.perfgoals.importer.domain.BatchLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code perfgoals.import.*}: how much one import may hold ({@link BatchLimits}). A file above 10 MB is refused by
 * the form reader in any case ({@code ImportLimits.MAX_FILE_BYTES}), so {@code maxFileBytes} can lower that, not
 * raise it.
 *
 * @param maxFileBytes  an uploaded file, or a file inside a zip once inflated (default 10 MB)
 * @param maxFiles      files of one batch, those inside zips counted one by one (default 500)
 * @param maxBatchBytes all files of a batch together, zips unpacked, counted while inflating (default 100 MB)
 */
@ConfigurationProperties("perfgoals.import")
public record ImportProperties(@DefaultValue("10MB") DataSize maxFileBytes, @DefaultValue("500") int maxFiles,
                               @DefaultValue("100MB") DataSize maxBatchBytes) {

    public BatchLimits limits() {
        return new BatchLimits(maxFileBytes.toBytes(), maxFiles, maxBatchBytes.toBytes());
    }
}
