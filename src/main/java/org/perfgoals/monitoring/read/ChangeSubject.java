package org.perfgoals.monitoring.read;

/** What a change of history is about: an indicator's actual, a sub-item's spending, or the period's report. */
public enum ChangeSubject { INDICATOR, BUDGET_ITEM, REPORT }
