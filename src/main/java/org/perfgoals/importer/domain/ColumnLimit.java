package org.perfgoals.importer.domain;

/**
 * A limit an imported value must keep because of the column it is stored in ({@link TextLimit}, {@link NumberLimit}):
 * names the field and the column once, in a {@link SchemaColumn}.
 */
public sealed interface ColumnLimit permits NumberLimit, TextLimit {

    /** The column the limit comes from, and the field's label. */
    SchemaColumn schemaColumn();

    /** The field as the form prints it, to name it in messages. */
    default String label() {
        return schemaColumn().label();
    }

    default String table() {
        return schemaColumn().table();
    }

    default String column() {
        return schemaColumn().column();
    }
}
