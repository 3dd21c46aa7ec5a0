package org.perfgoals.monitoring;

import java.util.List;

/**
 * One save of a period: the rows that were entered, the spending, the year-end reason for a low execution rate, and
 * the report version the editor started from (null: do not check, as for single REST writes).
 */
public record SheetInput(List<ActualEntry> actuals, List<SpendingEntry> spending, String executionReason,
                         Long baseVersion) {

    public SheetInput {
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        spending = spending == null ? List.of() : List.copyOf(spending);
    }
}
