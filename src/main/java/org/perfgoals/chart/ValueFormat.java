package org.perfgoals.chart;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the browser formats values in labels and tooltips; chosen by name so no function crosses the wire. */
public enum ValueFormat {
    YUAN, PERCENT, NUMBER;

    @JsonValue
    public String jsName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
