package org.perfgoals.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;

/** The project list as one paged projection query with optional filters. */
public interface ProjectSummaryQueries {

    List<ProjectSummary> findSummaries(ProjectFilter filter, Pageable pageable);

    long countSummaries(ProjectFilter filter);

    Optional<ProjectSummary> findSummary(long id);
}
