package org.perfgoals.monitoring.template;

import java.util.List;

/** An upload refused: the workbook cannot be read as a template, or some of its cells break a rule. */
public class TemplateRejectedException extends RuntimeException {

    private final transient List<CellProblem> problems;

    public TemplateRejectedException(List<CellProblem> problems) {
        super("Template refused: " + problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public List<CellProblem> getProblems() {
        return problems;
    }
}
