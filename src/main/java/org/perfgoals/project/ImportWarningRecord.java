package org.perfgoals.project;

import java.util.List;

/** A warning the importer raised for a project, as the project page and the REST API read it. */
public record ImportWarningRecord(String code, List<String> args, int line) {

    public ImportWarningRecord {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static ImportWarningRecord of(ImportWarning warning) {
        return new ImportWarningRecord(warning.getCode(), warning.getArgs(), warning.getLine());
    }
}
