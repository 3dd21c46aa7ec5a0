package org.perfgoals.importer;

import org.perfgoals.importer.domain.BatchFile;
import org.perfgoals.importer.domain.ParseResult;
import org.perfgoals.importer.format.FormFileReader;

/**
 * One file of an import read into its forms, warnings and errors ({@code bytes}: its size, for the batch's limits);
 * nothing looked up or stored yet.
 */
public record ParsedFile(String name, long bytes, ParseResult parsed) {

    /** Reads the file by its content, as a single-file import does. */
    public static ParsedFile read(BatchFile file) {
        return new ParsedFile(file.name(), file.content().length, new FormFileReader().read(file.content()));
    }
}
