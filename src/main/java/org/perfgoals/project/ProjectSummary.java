package org.perfgoals.project;

import java.math.BigDecimal;

/** One row of the project list: what the list shows, read in one query without loading the project. */
public record ProjectSummary(long id, int year, String unit, String name, String projectType,
                             BigDecimal currentYearBudget, long indicatorCount, long warningCount) {
}
