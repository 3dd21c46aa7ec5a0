package org.perfgoals.dashboard;

import java.math.BigDecimal;

/** The few columns of a project the overview needs, read in one query for all projects. */
record ProjectFacts(long id, String unit, String name, String fundUse, BigDecimal budget) {
}
