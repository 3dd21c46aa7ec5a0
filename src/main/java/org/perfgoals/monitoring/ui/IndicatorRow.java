package org.perfgoals.monitoring.ui;

/** An indicator's place on the entry view, a card or a table row: what holds its {@link ActualFields}. */
interface IndicatorRow {

    ActualFields fields();
}
