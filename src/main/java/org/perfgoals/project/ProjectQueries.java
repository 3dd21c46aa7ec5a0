package org.perfgoals.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfgoals.security.ReadScopes;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the project page, the REST API and the dashboard read of projects: {@link ProjectDetails} records, built
 * inside the transaction, so no entity and no lazy collection leaves the feature. Every signed-in role may read,
 * within their {@link ReadScopes read scope}: another unit's project reads as missing.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProjectQueries {

    private final ProjectRepository projects;
    private final ReadScopes scopes;

    ProjectQueries(ProjectRepository projects, ReadScopes scopes) {
        this.projects = projects;
        this.scopes = scopes;
    }

    /** The project with everything its form declared, or empty when no project has this id or it is another unit's. */
    public Optional<ProjectDetails> details(long id) {
        var scope = scopes.current();
        return projects.findWithBudgetItemsById(id).filter(project -> scope.includes(project.getUnit()))
                .map(ProjectDetails::of);
    }

    /** The details of one page of the project list, in the list's order. */
    public List<ProjectDetails> details(ProjectFilter filter, Pageable pageable) {
        List<Long> ids = projects.findSummaries(filter, scopes.current(), pageable).stream()
                .map(ProjectSummary::id).toList();
        // One query for the page's projects; their collections load in batches (default_batch_fetch_size).
        Map<Long, ProjectDetails> byId = new HashMap<>();
        projects.findAllById(ids).forEach(project -> byId.put(project.getId(), ProjectDetails.of(project)));
        return ids.stream().map(byId::get).toList();
    }

    /** The year a project was declared for, without loading it; empty for another unit's project. */
    public Optional<Integer> yearOf(long id) {
        var scope = scopes.current();
        return projects.findRefById(id).filter(project -> scope.includes(project.unit()))
                .flatMap(project -> projects.findYearById(project.id()));
    }
}
