package org.perfgoals.monitoring.api;

import org.perfgoals.base.api.FieldProblem;
import org.perfgoals.base.api.ProblemCatalog;
import org.perfgoals.base.api.ProblemMappings;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Problems;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.perfgoals.monitoring.ConcurrentWriteException;
import org.perfgoals.monitoring.NoProjectsToFillException;
import org.perfgoals.monitoring.ReportLockedException;
import org.perfgoals.monitoring.StaleEditException;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.template.CellProblem;
import org.perfgoals.monitoring.template.TemplateRejectedException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Monitoring's REST errors (entry, export, weights): refused values, locked and concurrently written quarters. */
@Component
class MonitoringProblems implements ProblemCatalog {

    /** 409: the quarter was submitted or approved and can no longer be changed by this user. */
    static final ProblemType REPORT_LOCKED = new ProblemType("report-locked");
    /** 409: others wrote the quarter at the same moment; retrying later will do. */
    static final ProblemType CONCURRENT_WRITE = new ProblemType("concurrent-write");
    /** 409: the quarter was saved by someone after the editor (or the template's download) started from it. */
    static final ProblemType STALE_EDIT = new ProblemType("stale-edit");
    /** 400: an uploaded template cannot be read, or cells of it break a rule: {@code errors} names each cell. */
    static final ProblemType TEMPLATE_INVALID = new ProblemType("template-invalid");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

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
                        CONCURRENT_WRITE, problems.text("monitoring.concurrentWrite", locale), locale))
                .on(StaleEditException.class, (stale, locale) -> {
                    ProblemDetail problem = problems.create(HttpStatus.CONFLICT, STALE_EDIT, problems.text(
                            "monitoring.stale", locale, String.valueOf(stale.getChangedBy()),
                            stale.getChangedAt() == null ? "" : WHEN.format(stale.getChangedAt())), locale);
                    problem.setProperty("changedBy", stale.getChangedBy());
                    problem.setProperty("changedAt", stale.getChangedAt());
                    return problem;
                })
                .on(TemplateRejectedException.class, (rejected, locale) -> {
                    ProblemDetail problem = problems.create(HttpStatus.BAD_REQUEST, TEMPLATE_INVALID,
                            problems.text("template.rejected", locale, rejected.getProblems().size()), locale);
                    problem.setProperty("errors", cells(rejected.getProblems(), locale));
                    return problem;
                })
                .on(NoProjectsToFillException.class, (none, locale) -> problems.create(HttpStatus.NOT_FOUND,
                        ProblemType.NOT_FOUND, problems.text("template.noProjects", locale, none.getUnit(),
                                String.valueOf(none.getYear())), locale));
    }

    /** One refused cell as the API lists it. */
    record CellJson(String sheet, int row, String column, String cell, String field, String code, String message) {
    }

    private List<CellJson> cells(List<CellProblem> refused, Locale locale) {
        return refused.stream().map(cell -> new CellJson(cell.sheet(), cell.row(), cell.column(), cell.cell(),
                cell.field(), cell.code(), problems.text(cell.messageKey(), locale, cell.args().toArray())))
                .toList();
    }
}
