package org.perfgoals.base.api;

import java.util.List;

/**
 * A request body that cannot be read as what the endpoint takes: not JSON, not an object, a field of the wrong type,
 * a field missing or unknown. {@code code} is the i18n key suffix ({@code api.error.<code>}), {@code args} fill it.
 * The field is cut to a short prefix (it may be a name the client sent); args that repeat what was sent are cut by
 * whoever throws.
 */
public class InvalidBodyException extends RuntimeException {

    private final String field;
    private final String code;
    private final List<String> args;

    public InvalidBodyException(String field, String code, List<String> args) {
        super("Invalid body: " + code + " " + JsonBody.prefix(field));
        this.field = JsonBody.prefix(field);
        this.code = code;
        this.args = List.copyOf(args);
    }

    public String getField() { return field; }
    public String getCode() { return code; }
    public List<String> getArgs() { return args; }
}
