package org.perfgoals.importer;

import java.util.List;

/**
 * What a batch import did or would do, file by file, and all files together ({@code total}: every form, project,
 * warning and error of the batch, the duplicates and refused forms, and the units the batch creates). All or nothing:
 * the projects were stored only when no file has an error.
 */
public record BatchResult(List<ImportedFile> files, ImportResult total) {

    public BatchResult {
        files = List.copyOf(files);
    }

    public boolean hasErrors() {
        return total.hasErrors();
    }

    public boolean isRefused() {
        return total.isRefused();
    }
}
