package org.perfgoals.importer.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.perfgoals.importer.domain.ImportIssue.Severity;

/**
 * Collects the problems of one form while it is read. The project name is known only once the form is
 * read, so the issues are stamped with it at the end.
 */
final class FormIssues {

    private record Pending(Severity severity, String code, int line, List<String> args) {
    }

    private final List<Pending> pending = new ArrayList<>();

    void warning(String code, int line, String... args) {
        pending.add(new Pending(Severity.WARNING, code, line, quoted(args)));
    }

    void error(String code, int line, String... args) {
        pending.add(new Pending(Severity.ERROR, code, line, quoted(args)));
    }

    /** The project name is stamped cut short like any text from the file: a message never repeats a whole cell. */
    List<ImportIssue> toIssues(int formNumber, String projectName) {
        String quotedName = ImportLimits.quote(projectName);
        return pending.stream()
                .map(issue -> new ImportIssue(issue.severity(), issue.code(), issue.args(), formNumber, quotedName,
                        issue.line()))
                .toList();
    }

    /** Args are cell texts more often than not: at most {@link ImportLimits#QUOTED_CHARS} of each is kept. */
    private static List<String> quoted(String... args) {
        return Arrays.stream(args).map(ImportLimits::quote).toList();
    }
}
