package org.perfgoals.indicator.domain;

import java.util.Objects;

/**
 * What the parser made of a target cell. {@code freeText} is true when nothing typed could be read and the
 * target became a qualitative one holding the whole text: the importer turns that into a warning.
 */
public record TargetReading(String raw, Target target, boolean freeText) {
    public TargetReading {
        Objects.requireNonNull(raw);
        Objects.requireNonNull(target);
    }
}
