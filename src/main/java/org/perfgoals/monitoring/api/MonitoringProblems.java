package org.perfgoals.monitoring.api;

import org.perfgoals.base.api.FieldProblem;
import org.perfgoals.base.api.ProblemCatalog;
import org.perfgoals.base.api.ProblemMappings;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Problems;
import org.perfgoals.monitoring.ConcurrentWriteException;
import org.perfgoals.monitoring.ReportLockedException;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Monitoring's REST errors (entry, export, weights): refused values, locked and concurrently written quarters. */
@Component
class MonitoringProblems implements ProblemCatalog {

    /** 409: the quarter was submitted or approved and can no longer be changed by this user. */
    static final ProblemType REPORT_LOCKED = new ProblemType("report-locked");
    /** 409: others wrote the quarter at the same moment; retrying later will do. */
    static final ProblemType CONCURRENT_WRITE = new ProblemType("concurrent-write");

    private final Problems problems;

    MonitoringProblems(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void describe(ProblemMappings mappings) {
        mappings.on(MonitoringValidationException.class, (invalid, locale) -> problems.fields(ProblemType.VALIDATION,
                        invalid.getErrors().stream().map(error -> new FieldProblem(error.path(), error.code(),
                                problems.text("monitoring.error." + error.code(), locale, error.args().toArray())))
                                .toList(), locale))
                .on(ReportLockedException.class, (locked, locale) -> problems.create(HttpStatus.CONFLICT,
                        REPORT_LOCKED, problems.text("monitoring.locked", locale, locked.getState().name()), locale))
                .on(ConcurrentWriteException.class, (conflict, locale) -> problems.create(HttpStatus.CONFLICT,
                        CONCURRENT_WRITE, problems.text("monitoring.concurrentWrite", locale), locale));
    }
}
