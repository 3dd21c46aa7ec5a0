package org.perfgoals.monitoring;

import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.domain.Period;

/**
 * Where a single write goes once the writer was allowed: the project, the quarter of its year, and for an actual
 * the indicator's target, which says what the body must carry (null for spending).
 */
public record WriteScope(long projectId, Period period, Target target) {
}
