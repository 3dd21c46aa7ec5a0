package org.perfgoals.base.api;

/**
 * A feature's REST errors: which of its exceptions become which problem. Each feature's api package declares one
 * (a Spring bean); {@link ApiErrors} is the one handler that consults them all, so that base code needs no
 * knowledge of the features' exceptions.
 */
public interface ProblemCatalog {

    void describe(ProblemMappings mappings);
}
