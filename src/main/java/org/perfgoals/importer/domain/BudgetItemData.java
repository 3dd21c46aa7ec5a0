package org.perfgoals.importer.domain;

import java.math.BigDecimal;

/** One row of 项目当年投入资金构成: a sub-item and its amount in yuan, with its 1-based line. */
public record BudgetItemData(String name, BigDecimal amount, int line) {
}
