package org.perfgoals.security.token;

import java.util.List;

/**
 * A token not created: {@link Kind#INVALID} names each field refused ({@code name}, {@code expiresInDays}) with
 * its rule, {@link Kind#LIMIT} says the user holds {@link ApiTokens#MAX_ACTIVE} usable tokens already.
 */
public class ApiTokenException extends RuntimeException {

    public enum Kind { INVALID, LIMIT }

    /** A field and the rule it broke ({@code required}, {@code tooLong}, {@code range}). */
    public record Problem(String field, String code) {
    }

    private final Kind kind;
    private final List<Problem> problems;

    ApiTokenException(Kind kind, List<Problem> problems) {
        super("API token refused: " + kind + " " + problems);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public Kind getKind() {
        return kind;
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
