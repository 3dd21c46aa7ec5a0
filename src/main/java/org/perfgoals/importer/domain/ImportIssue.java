package org.perfgoals.importer.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A warning or an error found while reading a file. {@code code} names the kind of problem (an i18n key
 * suffix, e.g. {@code budget.sum.mismatch}), {@code args} fill its message. {@code formNumber} is 0 and
 * {@code projectName} null when the problem concerns the file as a whole; {@code line} is 1-based, 0 when
 * there is no line.
 */
public record ImportIssue(Severity severity, String code, List<String> args, int formNumber,
                          @Nullable String projectName, int line) {

    public enum Severity { WARNING, ERROR }

    public ImportIssue {
        args = List.copyOf(args);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
