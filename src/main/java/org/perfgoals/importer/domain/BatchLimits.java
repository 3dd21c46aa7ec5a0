package org.perfgoals.importer.domain;

/**
 * How much one batch may hold: bytes a file (an uploaded one or one inside a zip, counted while it is inflated),
 * files a batch (after the zips are unpacked), and bytes of the whole batch once unpacked (a zip's total, checked
 * while inflating, so a zip bomb is stopped at the limit whatever its headers claim).
 */
public record BatchLimits(long maxFileBytes, int maxFiles, long maxBatchBytes) {

    /** 10 MB a file, 500 files, 100 MB in all. */
    public static final BatchLimits DEFAULT = new BatchLimits(ImportLimits.MAX_FILE_BYTES, 500, 100L * 1024 * 1024);

    public BatchLimits {
        if (maxFileBytes <= 0 || maxFiles <= 0 || maxBatchBytes <= 0) {
            throw new IllegalArgumentException("batch limits must be positive");
        }
    }
}
