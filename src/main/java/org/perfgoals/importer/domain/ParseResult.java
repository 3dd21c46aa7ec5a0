package org.perfgoals.importer.domain;

import java.util.List;

/** The forms read from one file, with every warning and error. A file with any error must store nothing. */
public record ParseResult(List<FormData> forms, List<ImportIssue> issues) {

    public ParseResult {
        forms = List.copyOf(forms);
        issues = List.copyOf(issues);
    }

    public List<ImportIssue> warnings() {
        return issues.stream().filter(issue -> !issue.isError()).toList();
    }

    public List<ImportIssue> errors() {
        return issues.stream().filter(ImportIssue::isError).toList();
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }
}
