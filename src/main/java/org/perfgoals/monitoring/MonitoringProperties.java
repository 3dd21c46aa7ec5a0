package org.perfgoals.monitoring;

import java.math.BigDecimal;
import org.perfgoals.monitoring.domain.Thresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The evaluation thresholds and the overdue rule, from {@code perfgoals.monitoring.*} in application.yml. Ratios:
 * below {@code red} of the due progress is RED, below {@code yellow} YELLOW, from {@code blue} on BLUE.
 */
@ConfigurationProperties("perfgoals.monitoring")
public record MonitoringProperties(
        @DefaultValue("0.60") BigDecimal red,
        @DefaultValue("0.80") BigDecimal yellow,
        @DefaultValue("1.20") BigDecimal blue,
        @DefaultValue("0.05") BigDecimal approxTolerance,
        @DefaultValue("0.90") BigDecimal yearEndExecutionFloor,
        @DefaultValue("10") int overdueDays) {

    public Thresholds thresholds() {
        return new Thresholds(red, yellow, blue, approxTolerance, yearEndExecutionFloor);
    }
}
