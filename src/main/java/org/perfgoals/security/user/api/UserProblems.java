package org.perfgoals.security.user.api;

import org.perfgoals.base.api.FieldProblem;
import org.perfgoals.base.api.ProblemCatalog;
import org.perfgoals.base.api.ProblemMappings;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Problems;
import org.perfgoals.security.domain.PasswordPolicy;
import org.perfgoals.security.user.PasswordChangeException;
import org.perfgoals.security.user.UserAdminException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A refused password change: 400 naming {@code current} and {@code new} with the rule each broke. The users'
 * administration: 400 naming each field refused, 409 {@code user-exists} for a user name taken, 409
 * {@code self-disable} for an admin disabling their own account.
 */
@Component
class UserProblems implements ProblemCatalog {

    static final ProblemType USER_EXISTS = new ProblemType("user-exists");
    static final ProblemType SELF_DISABLE = new ProblemType("self-disable");

    private final Problems problems;

    UserProblems(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void describe(ProblemMappings mappings) {
        mappings.on(PasswordChangeException.class, (refused, locale) -> problems.fields(ProblemType.VALIDATION,
                refused.getProblems().stream().map(problem -> new FieldProblem(problem.field().wireName(),
                        problem.code(), problems.text("user.password.error." + problem.code(), locale,
                        PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES))).toList(), locale))
                .on(UserAdminException.class, (refused, locale) -> switch (refused.getKind()) {
                    case INVALID -> problems.fields(ProblemType.VALIDATION, refused.getProblems().stream()
                            .map(problem -> new FieldProblem(problem.field().wireName(), problem.code(), problems.text(
                                    refused.messageKey(problem), locale, problem.args().toArray())))
                            .toList(), locale);
                    case DUPLICATE -> problems.create(HttpStatus.CONFLICT, USER_EXISTS, problems.text(
                            "user.admin.duplicate", locale, refused.getProblems().getFirst().args().toArray()), locale);
                    case SELF_DISABLE -> problems.create(HttpStatus.CONFLICT, SELF_DISABLE,
                            problems.text("user.admin.selfDisable", locale), locale);
                });
    }
}
