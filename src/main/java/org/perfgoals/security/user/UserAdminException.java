package org.perfgoals.security.user;

import java.util.List;

/**
 * An administration request on users refused for what it asks, not for who asks: {@link Kind#INVALID} names each
 * field and rule ({@code user.admin.error.<code>}), {@link Kind#DUPLICATE} a user name taken, {@link Kind#SELF_DISABLE}
 * an admin disabling their own account. Nothing was changed. Each refused field is typed ({@link Field}): the REST
 * API writes its wire name, a dialog finds its input by it.
 */
public class UserAdminException extends RuntimeException {

    public enum Kind {
        INVALID, DUPLICATE, SELF_DISABLE
    }

    /** The fields of a user that an admin sets. */
    public enum Field {
        USERNAME("username"), DISPLAY_NAME("displayName"), EMAIL("email"), UNIT("unit"), UNIT_ID("unitId"),
        ROLES("roles"), ENABLED("enabled");

        private final String wireName;

        Field(String wireName) {
            this.wireName = wireName;
        }

        /** The field's name in the REST body and its errors. */
        public String wireName() {
            return wireName;
        }
    }

    /** One refused field: {@code code} is the rule, {@code args} fill its message. */
    public record Problem(Field field, String code, List<String> args) {

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

    /** The message key of a problem of this refusal; its {@link Problem#args()} fill it. */
    public String messageKey(Problem problem) {
        return switch (kind) {
            case INVALID -> "user.admin.error." + problem.code();
            case DUPLICATE -> "user.admin.duplicate";
            case SELF_DISABLE -> "user.admin.selfDisable";
        };
    }
}
