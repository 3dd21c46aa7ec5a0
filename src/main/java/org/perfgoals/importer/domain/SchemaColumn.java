package org.perfgoals.importer.domain;

import java.util.Objects;

/**
 * Where an imported value is stored (a column of a table, see the Flyway migrations) and how the form names the
 * field in messages.
 *
 * @param label  the field as the form prints it
 * @param table  the table the value is stored in
 * @param column the column the value is stored in
 */
public record SchemaColumn(String label, String table, String column) {

    public SchemaColumn {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** The column of a field that the form names by its printed label. */
    static SchemaColumn of(FormField field, String table, String column) {
        return new SchemaColumn(field.printedLabel(), table, column);
    }
}
