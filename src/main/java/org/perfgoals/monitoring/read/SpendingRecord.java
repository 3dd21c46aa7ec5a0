package org.perfgoals.monitoring.read;

import java.math.BigDecimal;
import org.perfgoals.monitoring.domain.Period;

/** The amount of a budget sub-item spent within one period (not cumulative), and why it went over budget. */
public record SpendingRecord(Period period, BigDecimal amount, String overBudgetReason) {
}
