package org.perfgoals.audit.domain;

import java.util.List;

/** A search of the audit log that cannot be made, naming the parameter, the rule ({@code code}) and its values. */
public class AuditFilterException extends RuntimeException {

    private final String parameter;
    private final String code;
    private final List<String> args;

    public AuditFilterException(String parameter, String code, List<String> args) {
        super(parameter + ": " + code + " " + args);
        this.parameter = parameter;
        this.code = code;
        this.args = List.copyOf(args);
    }

    public String getParameter() {
        return parameter;
    }

    public String getCode() {
        return code;
    }

    public List<String> getArgs() {
        return args;
    }
}
