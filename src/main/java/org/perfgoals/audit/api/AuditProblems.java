package org.perfgoals.audit.api;

import java.util.ArrayList;
import java.util.List;
import org.perfgoals.audit.domain.AuditFilterException;
import org.perfgoals.base.api.FieldProblem;
import org.perfgoals.base.api.ProblemCatalog;
import org.perfgoals.base.api.ProblemMappings;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Problems;
import org.springframework.stereotype.Component;

/** The audit log's REST errors: a filter or paging parameter that cannot be read, named in {@code errors[].field}. */
@Component
class AuditProblems implements ProblemCatalog {

    private final Problems problems;

    AuditProblems(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void describe(ProblemMappings mappings) {
        mappings.on(AuditFilterException.class, (refused, locale) -> {
            List<Object> args = new ArrayList<>();
            args.add(refused.getParameter());
            args.addAll(refused.getArgs());
            return problems.fields(ProblemType.BAD_REQUEST, List.of(new FieldProblem(refused.getParameter(),
                    refused.getCode(), problems.text("audit.error." + refused.getCode(), locale, args.toArray()))),
                    locale);
        });
    }
}
