package org.perfgoals.security.user;

import java.util.List;

/** A refused password change, naming each field and the rule it broke; nothing was changed. */
public class PasswordChangeException extends RuntimeException {

    /** The two fields a user fills in; the repetition of the new password is the form's own business. */
    public enum Field {
        CURRENT("current"), NEW("new");

        private final String wireName;

        Field(String wireName) {
            this.wireName = wireName;
        }

        /** The field's name in the REST body and its errors. */
        public String wireName() {
            return wireName;
        }
    }

    /**
     * One refusal: {@code code} is {@code required}, {@code wrong} (the current password), {@code unchanged}, or
     * a {@link org.perfgoals.security.domain.PasswordPolicy.Rule#code()}; its message is
     * {@code user.password.error.<code>}.
     */
    public record Problem(Field field, String code) {
    }

    private final transient List<Problem> problems;

    public PasswordChangeException(List<Problem> problems) {
        super("password change refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
