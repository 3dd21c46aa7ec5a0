package org.perfgoals.importer.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One form taken apart: the cells of each labelled field, the year printed under the title, the rows of
 * the indicator table and the lines that belonged to nothing.
 */
record FormSections(Map<FormField, FieldValue> fields, Integer printedYear, int yearLine,
                    int indicatorTableLine, List<Row> indicatorRows, boolean reachedEnd, List<Row> unrecognized) {

    FormSections {
        fields = Map.copyOf(fields);
        indicatorRows = List.copyOf(indicatorRows);
        unrecognized = List.copyOf(unrecognized);
    }

    Optional<FieldValue> field(FormField field) {
        return Optional.ofNullable(fields.get(field));
    }

    String text(FormField field) {
        return field(field).map(FieldValue::text).orElse(null);
    }

    /** A 分解目标 label with nothing under it is no table: that is where a cut-off file ends. */
    boolean hasIndicatorTable() {
        return !indicatorRows.isEmpty();
    }
}
