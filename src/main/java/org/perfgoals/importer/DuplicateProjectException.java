package org.perfgoals.importer;

import java.util.List;
import org.perfgoals.importer.domain.FormData;

/** The file holds projects that already exist (same year, unit and name) and the user did not ask to replace them. */
public class DuplicateProjectException extends RuntimeException {

    private final transient List<FormData> duplicates;
    private final transient List<String> files;

    public DuplicateProjectException(List<FormData> duplicates) {
        this(duplicates, duplicates.stream().map(form -> "").toList());
    }

    /** As {@link #DuplicateProjectException(List)}, with the file of each form (a batch's). */
    public DuplicateProjectException(List<FormData> duplicates, List<String> files) {
        super("Projects already exist: " + duplicates.stream()
                .map(form -> form.year() + " " + form.unit() + " " + form.name()).toList());
        this.duplicates = List.copyOf(duplicates);
        this.files = List.copyOf(files);
    }

    /** The file of each existing project's form, in the same order ("" for a single unnamed file). */
    public List<String> getFiles() {
        return files;
    }

    public List<FormData> getDuplicates() {
        return duplicates;
    }
}
