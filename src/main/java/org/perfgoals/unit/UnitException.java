package org.perfgoals.unit;

import java.util.List;

/**
 * A unit administration request refused for what it asks: {@link Kind#INVALID} a name or parent that cannot be
 * stored ({@code unit.admin.error.<code>}), {@link Kind#DUPLICATE} a name another unit has, {@link Kind#CYCLE} a move
 * below itself, {@link Kind#MERGE_CLASH} a merge that would make two projects one. Nothing was changed.
 */
public class UnitException extends RuntimeException {

    public enum Kind {
        INVALID, DUPLICATE, CYCLE, MERGE_CLASH
    }

    private final Kind kind;
    private final String field;
    private final String code;
    private final transient List<String> args;

    public UnitException(Kind kind, String field, String code, List<String> args) {
        super("unit administration refused: " + kind + " " + field + " " + code + " " + args);
        this.kind = kind;
        this.field = field;
        this.code = code;
        this.args = List.copyOf(args);
    }

    public Kind getKind() {
        return kind;
    }

    public String getField() {
        return field;
    }

    public String getCode() {
        return code;
    }

    public List<String> getArgs() {
        return args;
    }
}
