package org.perfgoals.unit;

import java.util.List;

/**
 * A unit administration request refused for what it asks: {@link Kind#INVALID} a name or parent that cannot be
 * stored ({@code unit.admin.error.<code>}), {@link Kind#DUPLICATE} a name another unit has, {@link Kind#CYCLE} a move
 * below itself, {@link Kind#MERGE_CLASH} a merge that would make two projects one. Nothing was changed. The refused
 * field is typed ({@link Field}): the REST API writes its wire name, a dialog finds its input by it.
 */
public class UnitException extends RuntimeException {

    public enum Kind {
        INVALID, DUPLICATE, CYCLE, MERGE_CLASH
    }

    /** What a refusal is about: the unit's name, its new parent, the import's parent, the unit merged into. */
    public enum Field {
        NAME("name"), PARENT("parentId"), IMPORT_PARENT("parentUnitId"), INTO("into");

        private final String wireName;

        Field(String wireName) {
            this.wireName = wireName;
        }

        /** The field's name in the REST body and its errors. */
        public String wireName() {
            return wireName;
        }
    }

    private final Kind kind;
    private final Field field;
    private final String code;
    private final transient List<String> args;

    public UnitException(Kind kind, Field field, String code, List<String> args) {
        super("unit administration refused: " + kind + " " + field.wireName() + " " + code + " " + args);
        this.kind = kind;
        this.field = field;
        this.code = code;
        this.args = List.copyOf(args);
    }

    public Kind getKind() {
        return kind;
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

    /** The message key of the refusal, {@code unit.admin.error.<code>}, to be filled with {@link #getArgs()}. */
    public String messageKey() {
        return "unit.admin.error." + code;
    }
}
