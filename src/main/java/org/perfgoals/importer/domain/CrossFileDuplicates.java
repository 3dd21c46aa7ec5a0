package org.perfgoals.importer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two files of one batch that declare the same project (year, unit, name) cannot both be stored: the later form is
 * an error naming the earlier file and form. Forms within one file are {@link DuplicateForms}' business.
 */
public final class CrossFileDuplicates {

    private CrossFileDuplicates() {
    }

    /** One file's name and forms, in batch order. */
    public record NamedForms(String name, List<FormData> forms) {
    }

    /** For each file, in order, the errors its forms get for repeating a project of an earlier file. */
    public static List<List<ImportIssue>> find(List<NamedForms> files) {
        record First(String file, int formNumber) {
        }
        Map<List<Object>, First> first = new HashMap<>();
        List<List<ImportIssue>> issues = new ArrayList<>();
        for (NamedForms file : files) {
            List<ImportIssue> found = new ArrayList<>();
            Map<List<Object>, First> ofThisFile = new HashMap<>();
            for (FormData form : file.forms()) {
                if (form.name() == null || form.unit() == null || form.year() == null) {
                    continue;
                }
                List<Object> key = List.of(form.year(), form.unit(), form.name());
                First earlier = first.get(key);
                if (earlier != null) {
                    found.add(new ImportIssue(ImportIssue.Severity.ERROR, "batch.duplicateInBatch",
                            List.of(ImportLimits.quote(earlier.file()), String.valueOf(earlier.formNumber())),
                            form.formNumber(), ImportLimits.quote(form.name()), form.firstLine()));
                } else {
                    ofThisFile.putIfAbsent(key, new First(file.name(), form.formNumber()));
                }
            }
            first.putAll(ofThisFile);
            issues.add(List.copyOf(found));
        }
        return issues;
    }
}
