package org.perfgoals.project;

import java.util.List;
import java.util.Optional;
import org.perfgoals.security.ReadScope;
import org.springframework.data.domain.Pageable;

/**
 * The project list as one paged projection query with optional filters, always narrowed to the units the reader
 * may see: a project outside the {@link ReadScope} is not counted, listed or found.
 */
public interface ProjectSummaryQueries {

    List<ProjectSummary> findSummaries(ProjectFilter filter, ReadScope scope, Pageable pageable);

    long countSummaries(ProjectFilter filter, ReadScope scope);

    Optional<ProjectSummary> findSummary(long id, ReadScope scope);

    /** The years that have projects in the scope, newest first. */
    List<Integer> findYears(ReadScope scope);

    /** The units of the scope that have projects, by name. */
    List<String> findUnits(ReadScope scope);
}
