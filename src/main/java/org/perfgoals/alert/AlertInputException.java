package org.perfgoals.alert;

import java.util.List;

/** An alert action refused for its input (a comment longer than the column); {@code code} is under alert.error. */
public class AlertInputException extends RuntimeException {

    private final String field;
    private final String code;
    private final List<String> args;

    public AlertInputException(String field, String code, List<String> args) {
        super("Refused " + field + ": " + code);
        this.field = field;
        this.code = code;
        this.args = List.copyOf(args);
    }

    public String getField() { return field; }
    public String getCode() { return code; }
    public List<String> getArgs() { return args; }
}
