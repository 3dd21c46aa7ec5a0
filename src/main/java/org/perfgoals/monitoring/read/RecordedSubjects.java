package org.perfgoals.monitoring.read;

import java.util.Set;

/**
 * What of a project holds recorded monitoring: the indicators with at least one value and the budget items with at
 * least one spending entry. They may not disappear when a corrected form replaces the project's declaration.
 */
public record RecordedSubjects(Set<Long> indicatorIds, Set<Long> budgetItemIds) {

    public boolean isEmpty() {
        return indicatorIds.isEmpty() && budgetItemIds.isEmpty();
    }
}
