package org.perfgoals.importer;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.perfgoals.importer.domain.FormData;
import org.perfgoals.importer.domain.ImportIssue;
import org.perfgoals.project.Project;

/**
 * What an import did or would do: the forms read, the projects made of them (stored ones with ids; for a dry run
 * unsaved ones; none when anything was wrong), every warning and error, which forms already exist as projects, and
 * which forms declare a unit the user may not write ({@code refusedUnits}: such a file may not be imported at all),
 * and the units the forms name that do not exist yet ({@code newUnits}), created by the import under
 * {@code newUnitsParent} (null: at the top of the tree, for an admin to move).
 */
public record ImportResult(List<FormData> forms, List<Project> projects, List<ImportIssue> warnings,
                           List<ImportIssue> errors, List<FormData> duplicates, List<FormData> refusedUnits,
                           boolean dryRun, List<String> newUnits, @Nullable String newUnitsParent) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Whether the file holds forms of units the user may not write: importing it is refused (403). */
    public boolean isRefused() {
        return !refusedUnits.isEmpty();
    }
}
