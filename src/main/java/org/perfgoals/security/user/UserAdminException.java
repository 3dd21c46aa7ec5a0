package org.perfgoals.security.user;

import java.util.List;

/**
 * An administration request on users refused for what it asks, not for who asks: {@link Kind#INVALID} names each
 * field and rule ({@code user.admin.error.<code>}), {@link Kind#DUPLICATE} a user name taken, {@link Kind#SELF_DISABLE}
 * an admin disabling their own account. Nothing was changed.
 */
public class UserAdminException extends RuntimeException {

    public enum Kind {
        INVALID, DUPLICATE, SELF_DISABLE
    }

    /** One refused field: {@code code} is the rule, {@code args} fill its message. */
    public record Problem(String field, String code, List<String> args) {

        public Problem {
            args = List.copyOf(args);
        }
    }

    private final Kind kind;
    private final transient List<Problem> problems;

    public UserAdminException(Kind kind, List<Problem> problems) {
        super("user administration refused: " + kind + " " + problems);
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
