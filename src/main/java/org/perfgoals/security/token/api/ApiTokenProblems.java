package org.perfgoals.security.token.api;

import org.perfgoals.base.api.FieldProblem;
import org.perfgoals.base.api.ProblemCatalog;
import org.perfgoals.base.api.ProblemMappings;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Problems;
import org.perfgoals.security.token.ApiTokenException;
import org.perfgoals.security.token.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** A refused token: 400 naming {@code name} or {@code expiresInDays} and the rule, 409 {@code token-limit}. */
@Component
class ApiTokenProblems implements ProblemCatalog {

    static final ProblemType TOKEN_LIMIT = new ProblemType("token-limit");

    private final Problems problems;

    ApiTokenProblems(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void describe(ProblemMappings mappings) {
        mappings.on(ApiTokenException.class, (refused, locale) -> switch (refused.getKind()) {
            case INVALID -> problems.fields(ProblemType.VALIDATION, refused.getProblems().stream()
                    .map(problem -> new FieldProblem(problem.field(), problem.code(), problems.text(
                            "token.error." + problem.field() + "." + problem.code(), locale, ApiTokens.MAX_NAME,
                            ApiTokens.MIN_DAYS, ApiTokens.MAX_DAYS))).toList(), locale);
            case LIMIT -> problems.create(HttpStatus.CONFLICT, TOKEN_LIMIT,
                    problems.text("token.error.limit", locale, ApiTokens.MAX_ACTIVE), locale);
        });
    }
}
