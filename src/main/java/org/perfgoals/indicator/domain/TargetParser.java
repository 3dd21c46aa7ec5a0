package org.perfgoals.indicator.domain;

/** Turns the text of a target cell (指标目标值) into a typed target; never throws. */
public final class TargetParser {

    public TargetReading parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        return new TargetReading(text, new Target.Qualitative(text), true, null);
    }
}
