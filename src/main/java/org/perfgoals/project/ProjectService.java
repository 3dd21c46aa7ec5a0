package org.perfgoals.project;

import java.util.List;
import java.util.Optional;
import org.perfgoals.security.ReadScope;
import org.perfgoals.security.ReadScopes;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading projects; every signed-in role may read, but only the projects of the units in their {@link ReadScopes
 * read scope}: another unit's project is neither listed nor counted, and looked up by its id (or an indicator's or
 * sub-item's id) it is missing, exactly like an id that does not exist. Writing happens through the importer.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProjectService {

    private final ProjectRepository projects;
    private final ReadScopes scopes;

    ProjectService(ProjectRepository projects, ReadScopes scopes) {
        this.projects = projects;
        this.scopes = scopes;
    }

    public List<ProjectSummary> list(ProjectFilter filter, Pageable pageable) {
        return projects.findSummaries(filter, scopes.current(), pageable);
    }

    public long count(ProjectFilter filter) {
        return projects.countSummaries(filter, scopes.current());
    }

    /** One project's line of the list, e.g. the project a page was opened for; empty for another unit's. */
    public Optional<ProjectSummary> summary(long id) {
        return projects.findSummary(id, scopes.current());
    }

    /**
     * The project entity with its budget items, for monitoring's services, which read and write it inside their own
     * transaction; views and REST read {@link ProjectQueries#details(long)}. Empty outside the reader's units.
     */
    public Optional<Project> get(long id) {
        var scope = scopes.current();
        return projects.findWithBudgetItemsById(id).filter(project -> scope.includes(project.getUnit()));
    }

    /** The project of the same unit and name declared for the following year, if one was imported. */
    public Optional<Long> nextYearOf(Project project) {
        // Same unit as the project: readable exactly when the project is.
        return scopes.current().includes(project.getUnit())
                ? projects.findIdByYearAndUnitAndName(project.getYear() + 1, project.getUnit(), project.getName())
                : Optional.empty();
    }

    /** The project an indicator belongs to; empty when there is none or it is another unit's. */
    public Optional<Long> projectOfIndicator(long indicatorId) {
        return visible(projects.findRefByIndicatorId(indicatorId));
    }

    /** The project a budget sub-item belongs to; empty when there is none or it is another unit's. */
    public Optional<Long> projectOfBudgetItem(long budgetItemId) {
        return visible(projects.findRefByBudgetItemId(budgetItemId));
    }

    /** Every project id the reader may see (all of them for the system's own work: demo data, checks). */
    public List<Long> allIds() {
        return switch (scopes.current()) {
            case ReadScope.Everything everything -> projects.findAllIds();
            case ReadScope.Units(var names) -> names.isEmpty() ? List.of() : projects.findIdsOfUnits(names);
        };
    }

    public List<Integer> years() {
        return projects.findYears(scopes.current());
    }

    public List<String> units() {
        return projects.findUnits(scopes.current());
    }

    private Optional<Long> visible(Optional<ProjectRef> ref) {
        var scope = scopes.current();
        return ref.filter(project -> scope.includes(project.unit())).map(ProjectRef::id);
    }
}
