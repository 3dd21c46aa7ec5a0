package org.perfgoals.importer.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** STUB until the real reader lands. */
public final class FormReader {

    public ParseResult read(byte[] file) {
        return read(new String(file, StandardCharsets.UTF_8));
    }

    public ParseResult read(String text) {
        return new ParseResult(List.of(), List.of());
    }
}
