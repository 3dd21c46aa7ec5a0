package org.perfgoals.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the project page, the REST API and the dashboard read of projects: {@link ProjectDetails} records, built
 * inside the transaction, so no entity and no lazy collection leaves the feature. Every signed-in role may read.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProjectQueries {

    private final ProjectRepository projects;

    ProjectQueries(ProjectRepository projects) {
        this.projects = projects;
    }

    /** The project with everything its form declared, or empty when no project has this id. */
    public Optional<ProjectDetails> details(long id) {
        return projects.findWithBudgetItemsById(id).map(ProjectDetails::of);
    }

    /** The details of one page of the project list, in the list's order. */
    public List<ProjectDetails> details(ProjectFilter filter, Pageable pageable) {
        List<Long> ids = projects.findSummaries(filter, pageable).stream().map(ProjectSummary::id).toList();
        // One query for the page's projects; their collections load in batches (default_batch_fetch_size).
        Map<Long, ProjectDetails> byId = new HashMap<>();
        projects.findAllById(ids).forEach(project -> byId.put(project.getId(), ProjectDetails.of(project)));
        return ids.stream().map(byId::get).toList();
    }

    /** The year a project was declared for, without loading it. */
    public Optional<Integer> yearOf(long id) {
        return projects.findYearById(id);
    }
}
