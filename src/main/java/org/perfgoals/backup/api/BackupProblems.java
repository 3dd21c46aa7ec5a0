package org.perfgoals.backup.api;

import org.perfgoals.backup.BackupNotSupportedException;
import org.perfgoals.base.api.ProblemCatalog;
import org.perfgoals.base.api.ProblemMappings;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** A backup asked of a database that is not the embedded H2: 409 {@code backup-not-supported}, naming it. */
@Component
class BackupProblems implements ProblemCatalog {

    static final ProblemType NOT_SUPPORTED = new ProblemType("backup-not-supported");

    private final Problems problems;

    BackupProblems(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void describe(ProblemMappings mappings) {
        mappings.on(BackupNotSupportedException.class, (refused, locale) -> problems.create(HttpStatus.CONFLICT,
                NOT_SUPPORTED, problems.text("api.problem.backupNotSupported", locale, refused.getDatabase()),
                locale));
    }
}
