package org.perfgoals.indicator.domain;

/**
 * How a declared target is shown to people: as the form prints it, not as its source typed it. The raw text stays
 * in the data and the API; only what reaches a screen or a sheet goes through here.
 */
public final class TargetDisplay {

    private TargetDisplay() {
    }

    /** {@code $\geq 98.00\%$} → {@code ≥98.00%}; {@code <b>≤ 90</b> 分钟} → {@code ≤90 分钟}; plain text as it is. */
    public static String readable(String raw) {
        return TargetText.readable(raw);
    }
}
