package org.perfgoals.base.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code perfgoals.api.*}: the largest body the API reads. JSON writes are small; an import carries a workbook.
 *
 * @param maxBodyBytes   every request under /api/ except imports (default 1 MB)
 * @param maxImportBytes {@code POST /api/v1/imports} (default 10 MB, the importer's own file limit)
 * @param maxImportBatchBytes {@code POST /api/v1/imports} of a zip or a multipart batch (default 100 MB, the total
 *                       of {@code perfgoals.import.max-batch-bytes})
 */
@ConfigurationProperties("perfgoals.api")
public record ApiProperties(DataSize maxBodyBytes, DataSize maxImportBytes, DataSize maxImportBatchBytes) {

    public ApiProperties {
        maxImportBatchBytes = maxImportBatchBytes == null ? DataSize.ofMegabytes(100) : maxImportBatchBytes;
        maxBodyBytes = maxBodyBytes == null ? DataSize.ofMegabytes(1) : maxBodyBytes;
        maxImportBytes = maxImportBytes == null ? DataSize.ofMegabytes(10) : maxImportBytes;
    }
}
