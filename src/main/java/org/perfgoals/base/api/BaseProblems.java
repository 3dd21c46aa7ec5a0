package org.perfgoals.base.api;

import java.util.List;
import org.perfgoals.base.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** The problems every feature shares: unreadable bodies, unknown ids and paths, bodies too large, access refused. */
@Component
class BaseProblems implements ProblemCatalog {

    private final Problems problems;

    BaseProblems(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void describe(ProblemMappings mappings) {
        mappings.on(InvalidBodyException.class, (invalid, locale) -> problems.fields(ProblemType.INVALID_BODY,
                        List.of(new FieldProblem(invalid.getField(), invalid.getCode(), problems.text(
                                "api.error." + invalid.getCode(), locale, invalid.getArgs().toArray()))), locale))
                .on(NotFoundException.class, (missing, locale) -> problems.create(HttpStatus.NOT_FOUND,
                        ProblemType.NOT_FOUND, problems.text("api.problem.notFound." + missing.getWhat(), locale,
                                String.valueOf(missing.getId())), locale))
                .on(UnknownApiPath.NoEndpoint.class, (unknown, locale) -> problems.create(HttpStatus.NOT_FOUND,
                        ProblemType.UNKNOWN_PATH, problems.text("api.error.notFound", locale, unknown.method(),
                                JsonBody.prefix(unknown.path())), locale))
                .on(BodyTooLargeException.class, problems::tooLarge)
                // Method security (@PreAuthorize, @RolesAllowed) refusing inside a controller call.
                .on(AccessDeniedException.class, (denied, locale) -> problems.create(HttpStatus.FORBIDDEN,
                        ProblemType.FORBIDDEN, problems.text("api.problem.forbidden.detail", locale), locale))
                .on(AuthenticationException.class, (unknown, locale) -> problems.create(HttpStatus.UNAUTHORIZED,
                        ProblemType.UNAUTHENTICATED, problems.text("api.problem.unauthenticated.detail", locale),
                        locale));
    }
}
