package org.perfgoals.base.api;

/** One entry of a problem's {@code errors}: the field refused, the code of the rule, the translated message. */
public record FieldProblem(String field, String code, String message) {
}
