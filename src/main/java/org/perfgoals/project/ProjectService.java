package org.perfgoals.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading projects; every signed-in role may read. Writing happens through the importer. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProjectService {

    private final ProjectRepository projects;

    ProjectService(ProjectRepository projects) {
        this.projects = projects;
    }

    public List<ProjectSummary> list(ProjectFilter filter, Pageable pageable) {
        return projects.findSummaries(filter, pageable);
    }

    public long count(ProjectFilter filter) {
        return projects.countSummaries(filter);
    }

    /** One project's line of the list, e.g. the project a page was opened for. */
    public Optional<ProjectSummary> summary(long id) {
        return projects.findSummary(id);
    }

    /**
     * The project entity with its budget items, for monitoring's services, which read and write it inside their own
     * transaction; views and REST read {@link ProjectQueries#details(long)}.
     */
    public Optional<Project> get(long id) {
        return projects.findWithBudgetItemsById(id);
    }

    /** The project of the same unit and name declared for the following year, if one was imported. */
    public Optional<Long> nextYearOf(Project project) {
        return projects.findByYearAndUnitAndName(project.getYear() + 1, project.getUnit(),
                project.getName()).map(Project::getId);
    }

    public Optional<Long> projectOfIndicator(long indicatorId) {
        return projects.findIdByIndicatorId(indicatorId);
    }

    public Optional<Long> projectOfBudgetItem(long budgetItemId) {
        return projects.findIdByBudgetItemId(budgetItemId);
    }

    public List<Long> allIds() {
        return projects.findAllIds();
    }

    public List<Integer> years() {
        return projects.findYears();
    }

    public List<String> units() {
        return projects.findUnits();
    }
}
