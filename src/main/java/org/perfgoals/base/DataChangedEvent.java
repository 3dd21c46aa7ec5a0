package org.perfgoals.base;

import java.util.Collection;
import java.util.Set;

/**
 * Published after stored figures changed (values, spending, alerts, weights, imported or generated projects), so
 * that derived views such as the cached overview are recomputed. Every event empties the overview caches of every
 * node; what it says changed decides which of the overview's per-project rows are recomputed
 * (docs/decisions/0023-overview-facts.md): {@link Scope#EVERYTHING} (the safe default of the no-argument
 * constructor) all of them, {@link Scope#PROJECTS} those of the projects named, {@link Scope#WORKFLOW} none (an
 * alert or a report's state changed, no value, spending, indicator or project).
 */
public record DataChangedEvent(Scope scope, Set<Long> projects) {

    /** What a change may have touched. */
    public enum Scope {
        EVERYTHING, PROJECTS, WORKFLOW
    }

    public DataChangedEvent {
        projects = Set.copyOf(projects);
    }

    /** Anything may have changed. */
    public DataChangedEvent() {
        this(Scope.EVERYTHING, Set.of());
    }

    /** The values, spending, indicators or declaration of these projects changed, and nothing else's. */
    public static DataChangedEvent ofProjects(Collection<Long> projectIds) {
        return new DataChangedEvent(Scope.PROJECTS, Set.copyOf(projectIds));
    }

    /** Only alerts or report states changed: no project's values, spending, indicators or declaration. */
    public static DataChangedEvent workflow() {
        return new DataChangedEvent(Scope.WORKFLOW, Set.of());
    }
}
