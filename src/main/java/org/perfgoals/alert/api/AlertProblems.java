package org.perfgoals.alert.api;

import java.util.List;
import org.perfgoals.alert.AlertInputException;
import org.perfgoals.alert.AlertResolvedException;
import org.perfgoals.base.api.FieldProblem;
import org.perfgoals.base.api.ProblemCatalog;
import org.perfgoals.base.api.ProblemMappings;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The alert centre's REST errors: a refused comment, an action on a resolved alert. */
@Component
class AlertProblems implements ProblemCatalog {

    /** 409: the alert is resolved; acknowledging or resolving it again changes nothing. */
    static final ProblemType ALERT_RESOLVED = new ProblemType("alert-resolved");

    private final Problems problems;

    AlertProblems(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void describe(ProblemMappings mappings) {
        mappings.on(AlertInputException.class, (invalid, locale) -> problems.fields(ProblemType.VALIDATION,
                        List.of(new FieldProblem(invalid.getField(), invalid.getCode(), problems.text(
                                "alert.error." + invalid.getCode(), locale, invalid.getArgs().toArray()))), locale))
                .on(AlertResolvedException.class, (resolved, locale) -> problems.create(HttpStatus.CONFLICT,
                        ALERT_RESOLVED, problems.text("api.problem.alert-resolved.detail", locale), locale));
    }
}
