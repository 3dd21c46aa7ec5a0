package org.perfgoals.monitoring;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.sheet.SheetStore;
import org.perfgoals.project.Project;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.Role;
import org.perfgoals.security.UnitAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may write what, decided before anything a writer sent is read: leaders never write (403), an unknown id is
 * 404, and so is another unit's project outside the writer's read scope (it is missing to them); a unit they may
 * read but not write is 403; a quarter outside the project's year is 400.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class WriteAuthorization {

    private final SheetStore store;
    private final ProjectService projects;
    private final UnitAccess access;
    private final CurrentUser currentUser;

    WriteAuthorization(SheetStore store, ProjectService projects, UnitAccess access, CurrentUser currentUser) {
        this.store = store;
        this.projects = projects;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** Where an indicator's actual of a quarter goes, and the target that says which fields it takes. */
    public WriteScope authorizeActual(long indicatorId, int year, int quarter) {
        Project project = writableProject(() -> projects.projectOfIndicator(indicatorId)
                .orElseThrow(() -> new IndicatorNotFoundException(indicatorId)));
        Indicator indicator = project.getIndicators().stream().filter(i -> i.getId() == indicatorId).findFirst()
                .orElseThrow(() -> new IndicatorNotFoundException(indicatorId));
        return new WriteScope(project.getId(), projectPeriod(project, year, quarter), indicator.getTarget());
    }

    /** As {@link #authorizeActual} for the spending of a budget sub-item. */
    public WriteScope authorizeSpending(long budgetItemId, int year, int quarter) {
        Project project = writableProject(() -> projects.projectOfBudgetItem(budgetItemId)
                .orElseThrow(() -> new ProjectNotFoundException(budgetItemId)));
        return new WriteScope(project.getId(), projectPeriod(project, year, quarter), null);
    }

    /**
     * Where a whole quarter of a project goes (a filling template, its upload): decided as for a single write —
     * the role, the project (404, also for another unit's), its unit (403), the project's own quarter (400).
     */
    public WriteScope authorizeProject(long projectId, int year, int quarter) {
        Project project = writableProject(() -> projectId);
        return new WriteScope(project.getId(), projectPeriod(project, year, quarter), null);
    }

    /** Only roles that write get further (leaders 403), before anything they sent is looked at. */
    public void requireWriter() {
        requireRole(Role.ADMIN, Role.MANAGER, Role.STAFF);
    }

    /** A quarter of 1–4 of the year (400 otherwise), for what concerns no single project yet. */
    public Period quarter(int year, int quarter) {
        requireQuarter(year, quarter);
        return Period.quarter(year, quarter);
    }

    /** Managers of the unit and admins change weights: decided before the weights sent are read. */
    public void authorizeWeights(long projectId) {
        requireRole(Role.ADMIN, Role.MANAGER);
        access.requireReview(store.project(projectId).getUnit());
    }

    public Optional<Long> projectOfIndicator(long indicatorId) {
        return projects.projectOfIndicator(indicatorId);
    }

    public Optional<Long> projectOfBudgetItem(long budgetItemId) {
        return projects.projectOfBudgetItem(budgetItemId);
    }

    /** Values are monitored in the project's own year only: a 2050 report of a 2019 project is a typing error. */
    static void requireProjectPeriod(Project project, Period period) {
        if (period.year() != project.getYear()) {
            throw outsideProject(project, period.year(), period.quarter().orElse(0));
        }
    }

    /** The role first (nothing is looked up for leaders), then the project the id belongs to (404), then its unit. */
    private Project writableProject(LongSupplier projectOfSubject) {
        requireRole(Role.ADMIN, Role.MANAGER, Role.STAFF);
        Project project = store.project(projectOfSubject.getAsLong());
        access.requireWrite(project.getUnit());
        return project;
    }

    /** The quarter of the project's own year (400 naming the project's year otherwise). */
    static Period projectPeriod(Project project, int year, int quarter) {
        requireQuarter(year, quarter);
        if (year != project.getYear()) {
            throw outsideProject(project, year, quarter);
        }
        return Period.quarter(year, quarter);
    }

    private static void requireQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new MonitoringValidationException(List.of(new FieldError(FieldRef.Report.QUARTER, "periodInvalid",
                    List.of(String.valueOf(year), String.valueOf(quarter)))));
        }
    }

    private static MonitoringValidationException outsideProject(Project project, int year, int quarter) {
        return new MonitoringValidationException(List.of(new FieldError(FieldRef.Report.YEAR, "periodOutsideProject",
                List.of(String.valueOf(year), String.valueOf(quarter), String.valueOf(project.getYear())))));
    }

    /** Roles that never act here are refused before anything else is looked at, so nothing is revealed to them. */
    private void requireRole(Role... allowed) {
        for (Role role : allowed) {
            if (currentUser.hasRole(role)) {
                return;
            }
        }
        throw new AccessDeniedException(currentUser.username() + " may not change monitoring data");
    }
}
