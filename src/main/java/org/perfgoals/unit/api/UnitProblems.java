package org.perfgoals.unit.api;

import java.util.List;
import org.perfgoals.base.api.FieldProblem;
import org.perfgoals.base.api.ProblemCatalog;
import org.perfgoals.base.api.ProblemMappings;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Problems;
import org.perfgoals.unit.UnitException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A refused unit change: 400 naming the field ({@code name}, {@code parentId}, {@code into}); 409
 * {@code unit-exists} for a name another unit has (merge instead), 409 {@code unit-cycle} for a move below itself,
 * 409 {@code merge-clash} when both units have a project of the same year and name.
 */
@Component
class UnitProblems implements ProblemCatalog {

    static final ProblemType UNIT_EXISTS = new ProblemType("unit-exists");
    static final ProblemType UNIT_CYCLE = new ProblemType("unit-cycle");
    static final ProblemType MERGE_CLASH = new ProblemType("merge-clash");

    private final Problems problems;

    UnitProblems(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void describe(ProblemMappings mappings) {
        mappings.on(UnitException.class, (refused, locale) -> {
            String text = problems.text(refused.messageKey(), locale, refused.getArgs().toArray());
            return switch (refused.getKind()) {
                case INVALID -> problems.fields(ProblemType.VALIDATION,
                        List.of(new FieldProblem(refused.getField().wireName(), refused.getCode(), text)), locale);
                case DUPLICATE -> problems.create(HttpStatus.CONFLICT, UNIT_EXISTS, text, locale);
                case CYCLE -> problems.create(HttpStatus.CONFLICT, UNIT_CYCLE, text, locale);
                case MERGE_CLASH -> problems.create(HttpStatus.CONFLICT, MERGE_CLASH, text, locale);
            };
        });
    }
}
