package org.perfgoals.dashboard;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The overview's headline figures: projects, total budget, year-to-date execution against time progress, the
 * indicators by verdict, and the active alerts by type.
 */
public record Tiles(int projects, BigDecimal budget, BigDecimal spent, BigDecimal executionRate,
                    BigDecimal timeProgress, int green, int yellow, int red, int noData,
                    Map<String, Long> activeAlerts) {

    public int indicators() {
        return green + yellow + red + noData;
    }
}
