package org.perfgoals.monitoring;

import java.util.List;

/**
 * A change of the reporting calendar refused for what it asks ({@code calendar.error.<code>}): a due day before the
 * period ends or too long after it, an extra round on a quarter or twice. Nothing was changed. The refused field is
 * typed: the REST API writes its wire name, a dialog finds its input by it.
 */
public class CalendarException extends RuntimeException {

    /** What a refusal is about: the period's last month, or its due day. */
    public enum Field {
        MONTH("endMonth"), DUE("due");

        private final String wireName;

        Field(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    private final Field field;
    private final String code;
    private final transient List<String> args;

    public CalendarException(Field field, String code, List<String> args) {
        super("calendar change refused: " + field.wireName() + " " + code + " " + args);
        this.field = field;
        this.code = code;
        this.args = List.copyOf(args);
    }

    public Field getField() {
        return field;
    }

    public String getCode() {
        return code;
    }

    public List<String> getArgs() {
        return args;
    }

    public String messageKey() {
        return "calendar.error." + code;
    }
}
