package org.perfgoals.importer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Two forms of one file that declare the same project (year, unit, name) cannot both be stored: an error. */
final class DuplicateForms {

    private DuplicateForms() {
    }

    static List<ImportIssue> find(List<FormData> forms) {
        Map<List<Object>, FormData> first = new HashMap<>();
        List<ImportIssue> duplicates = new ArrayList<>();
        for (FormData form : forms) {
            if (form.name() == null || form.unit() == null || form.year() == null) {
                continue;
            }
            List<Object> key = List.of(form.year(), form.unit(), form.name());
            FormData earlier = first.putIfAbsent(key, form);
            if (earlier != null && !Objects.equals(earlier, form)) {
                duplicates.add(new ImportIssue(ImportIssue.Severity.ERROR, "form.duplicateInFile",
                        List.of(String.valueOf(earlier.formNumber())), form.formNumber(),
                        ImportLimits.quote(form.name()), form.firstLine()));
            }
        }
        return duplicates;
    }
}
