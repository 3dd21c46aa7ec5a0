package org.perfgoals.indicator.domain;

import java.util.Objects;

/**
 * What the parser made of a target cell. {@code freeText} is true when nothing typed could be read and the
 * target became a qualitative one holding the whole text: the importer turns that into a warning.
 * {@code subject} is what the text itself says is measured, when it says so (完成鉴定人数40万左右 → 完成鉴定人数;
 * 提高考生满意度，有责投诉率控制在千分之一以下 → 有责投诉率), otherwise null; the importer names an indicator
 * from it when the form gives no name.
 */
public record TargetReading(String raw, Target target, boolean freeText, String subject) {
    public TargetReading {
        Objects.requireNonNull(raw);
        Objects.requireNonNull(target);
    }
}
