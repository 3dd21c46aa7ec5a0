package org.perfgoals.monitoring.read;

import java.math.BigDecimal;
import java.util.List;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.monitoring.domain.Evaluation;
import org.perfgoals.monitoring.domain.forecast.Forecast;

/**
 * One indicator in a period: what was entered this period (null if nothing), the earlier periods of the year, and
 * the verdict. {@code derived} rows (预算执行率) take their value from the budget execution; a relative target's
 * {@code baseline} is what it was judged against (null when there is none, and for other targets); {@code forecast}
 * the suggested full-year value and likelihood (null for targets that are not one number, or without values).
 */
public record SheetRow(IndicatorRecord indicator, ActualRecord current, List<ActualRecord> earlier,
                       Evaluation evaluation, BigDecimal derivedValue, boolean derived, Baseline baseline,
                       Forecast forecast) {

    public SheetRow {
        earlier = List.copyOf(earlier);
    }

    public boolean explanationMissing() {
        return current != null && current.explanationMissing();
    }
}
