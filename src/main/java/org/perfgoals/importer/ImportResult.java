package org.perfgoals.importer;

import java.util.List;
import org.perfgoals.importer.domain.FormData;
import org.perfgoals.importer.domain.ImportIssue;
import org.perfgoals.project.Project;

/**
 * What an import did or would do: the forms read, the projects made of them (stored ones with ids; for a dry run
 * unsaved ones; none when anything was wrong), every warning and error, and which forms already exist as projects.
 */
public record ImportResult(List<FormData> forms, List<Project> projects, List<ImportIssue> warnings,
                           List<ImportIssue> errors, List<FormData> duplicates, boolean dryRun) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
