package org.perfgoals.chart;

import com.fasterxml.jackson.annotation.JsonValue;

public enum ChartType {
    DONUT("donut"), BAR("bar"), LINE("line"), HEATMAP("heatmap");

    private final String apexName;

    ChartType(String apexName) {
        this.apexName = apexName;
    }

    @JsonValue
    public String apexName() {
        return apexName;
    }
}
