package org.perfgoals.security.user.api;

import org.perfgoals.base.api.FieldProblem;
import org.perfgoals.base.api.ProblemCatalog;
import org.perfgoals.base.api.ProblemMappings;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Problems;
import org.perfgoals.security.domain.PasswordPolicy;
import org.perfgoals.security.user.PasswordChangeException;
import org.springframework.stereotype.Component;

/** A refused password change: 400 naming {@code current} and {@code new} with the rule each broke. */
@Component
class UserProblems implements ProblemCatalog {

    private final Problems problems;

    UserProblems(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void describe(ProblemMappings mappings) {
        mappings.on(PasswordChangeException.class, (refused, locale) -> problems.fields(ProblemType.VALIDATION,
                refused.getProblems().stream().map(problem -> new FieldProblem(problem.field().wireName(),
                        problem.code(), problems.text("user.password.error." + problem.code(), locale,
                        PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES))).toList(), locale));
    }
}
