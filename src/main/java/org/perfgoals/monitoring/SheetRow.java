package org.perfgoals.monitoring;

import java.util.List;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.monitoring.domain.Evaluation;

/**
 * One indicator in a period: what was entered this period (null if nothing), the earlier periods of the year, and
 * the verdict. {@code derived} rows (预算执行率) take their value from the budget execution; a relative target's
 * {@code baseline} is what it was judged against (null when there is none, and for other targets).
 */
public record SheetRow(Indicator indicator, ActualValue current, List<ActualValue> earlier, Evaluation evaluation,
                       java.math.BigDecimal derivedValue, boolean derived, Baseline baseline) {

    public boolean explanationMissing() {
        return current != null && current.explanationMissing();
    }
}
