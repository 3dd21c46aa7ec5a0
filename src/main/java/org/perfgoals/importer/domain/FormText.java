package org.perfgoals.importer.domain;

import java.util.List;

/**
 * The lines of one form in the file: from its title up to the next form's title. {@code lastInFile} marks
 * the form that runs to the end of the file, the only one a cut-off file can truncate.
 */
record FormText(int number, Row title, List<Row> rows, boolean lastInFile) {

    FormText {
        rows = List.copyOf(rows);
    }
}
