package org.perfgoals.importer.format;

import java.util.List;

/**
 * A file that cannot be read as a form, and why: {@code code} is an import issue code ({@code file.…}) with its
 * arguments, so the refusal shows as every other import error in the view and the REST API.
 */
final class FormatRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient List<String> args;

    FormatRefusal(String code, String... args) {
        super(code);
        this.code = code;
        this.args = List.of(args);
    }

    String code() {
        return code;
    }

    List<String> args() {
        return args;
    }
}
