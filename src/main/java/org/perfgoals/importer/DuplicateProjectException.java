package org.perfgoals.importer;

import java.util.List;
import org.perfgoals.importer.domain.FormData;

/** The file holds projects that already exist (same year, unit and name) and the user did not ask to replace them. */
public class DuplicateProjectException extends RuntimeException {

    private final transient List<FormData> duplicates;

    public DuplicateProjectException(List<FormData> duplicates) {
        super("Projects already exist: " + duplicates.stream()
                .map(form -> form.year() + " " + form.unit() + " " + form.name()).toList());
        this.duplicates = List.copyOf(duplicates);
    }

    public List<FormData> getDuplicates() {
        return duplicates;
    }
}
