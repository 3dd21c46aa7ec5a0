package org.perfgoals.monitoring;

/** The amount of a sub-item spent within the period, as typed, and why when it goes beyond the sub-item's budget. */
public record SpendingEntry(long budgetItemId, String amount, String overBudgetReason) {
}
