package org.perfgoals.dashboard;

import java.math.BigDecimal;
import java.util.Map;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.domain.scoring.Grade;

/**
 * One project in the overview for the chosen quarter: budget, spending so far, execution rate against time
 * progress, its status (worst row), the share of its indicators met, its status in every quarter of the year,
 * and its self-evaluation score and grade so far (null when nothing can be scored yet).
 */
public record ProjectOverview(long id, String unit, String name, String fundUse, BigDecimal budget,
                              BigDecimal spent, BigDecimal executionRate, Status status, int indicators,
                              int met, BigDecimal shareMet, Map<Integer, Status> quarterStatus, BigDecimal score,
                              Grade grade) {
}
