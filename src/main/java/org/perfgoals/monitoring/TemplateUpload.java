package org.perfgoals.monitoring;

import java.util.List;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.read.ChangeSubject;

/**
 * What an accepted upload of a filling template changed (or, in a dry run, would change): per project whose rows
 * differ from what is stored, every changed value with its cell, and the project's status before and after.
 * Projects whose rows are all unchanged are not listed: nothing of them was saved.
 */
public record TemplateUpload(boolean dryRun, List<ProjectChanges> projects) {

    public TemplateUpload {
        projects = List.copyOf(projects);
    }

    /** The values changed in one project's quarter, as its history now holds them. */
    public record ProjectChanges(long projectId, String projectName, long reportVersion, Status statusBefore,
                                 Status statusAfter, List<CellChange> changes) {

        public ProjectChanges {
            changes = List.copyOf(changes);
        }
    }

    /**
     * One value changed: where it was entered (sheet, row, column, cell) and what changed, as the history says it
     * ({@code field} such as value, part:响应时间, measures, amount; old and new as text).
     */
    public record CellChange(String sheet, int row, String column, String cell, ChangeSubject subject,
                             long subjectId, String field, String oldValue, String newValue) {
    }

    public int changeCount() {
        return projects.stream().mapToInt(project -> project.changes().size()).sum();
    }
}
