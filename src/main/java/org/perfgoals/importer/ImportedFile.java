package org.perfgoals.importer;

/** One file of a batch and what importing it did or would do: its forms, projects, warnings and errors. */
public record ImportedFile(String name, ImportResult result) {

    /** Whether the file can be imported: no error and no form of a unit the user may not write. */
    public boolean isValid() {
        return !result.hasErrors() && !result.isRefused();
    }
}
