package org.perfgoals.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The leaders' view of a whole year and quarter: tiles, one row per project, and the portfolio's budget. */
public record Overview(OverviewFilter filter, Tiles tiles, List<ProjectOverview> projects,
                       Map<String, BigDecimal> budgetByUnit, Map<String, BigDecimal> budgetByFundUse) {
}
