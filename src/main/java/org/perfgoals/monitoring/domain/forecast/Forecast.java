package org.perfgoals.monitoring.domain.forecast;

import java.math.BigDecimal;
import java.util.Objects;
import org.perfgoals.monitoring.domain.Likelihood;

/** A suggested full-year value, how it was made, and the likelihood of meeting the target it suggests. */
public record Forecast(BigDecimal value, ForecastMethod method, Likelihood likelihood) {

    public Forecast {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(likelihood, "likelihood");
    }
}
