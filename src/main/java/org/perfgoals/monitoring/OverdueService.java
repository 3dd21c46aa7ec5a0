package org.perfgoals.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.perfgoals.alert.AlertSubject;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.monitoring.alerting.AlertSync;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.store.PeriodReport;
import org.perfgoals.monitoring.store.PeriodReportRepository;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectService;
import org.perfgoals.project.ProjectSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The overdue check: a period that ended long enough ago without being submitted raises DATA_OVERDUE. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class OverdueService {

    private final ProjectService projects;
    private final PeriodReportRepository reports;
    private final AlertSync alertSync;
    private final MonitoringProperties properties;
    private final ApplicationEventPublisher events;

    OverdueService(ProjectService projects, PeriodReportRepository reports, AlertSync alertSync,
                   MonitoringProperties properties, ApplicationEventPublisher events) {
        this.projects = projects;
        this.reports = reports;
        this.alertSync = alertSync;
        this.properties = properties;
        this.events = events;
    }

    /**
     * Raises DATA_OVERDUE for every period of a project's year that ended more than the configured days before
     * {@code today} and is not submitted, and resolves it for periods that were submitted meanwhile.
     *
     * @return the number of overdue periods
     */
    public int checkOverdue(LocalDate today) {
        int overdue = 0;
        // Two queries for all projects and all their reports, not one per project.
        Map<Long, Map<Integer, PeriodReport>> reportsByProject = new HashMap<>();
        reports.findAll().forEach(report -> reportsByProject.computeIfAbsent(report.getProjectId(),
                id -> new HashMap<>()).put(report.getPeriod().year() * 100 + report.getPeriod().endMonth(), report));
        for (ProjectSummary project : projects.list(ProjectFilter.ALL, Pageable.unpaged())) {
            Map<Integer, PeriodReport> byMonth = reportsByProject.getOrDefault(project.id(), Map.of());
            for (int quarter = 1; quarter <= 4; quarter++) {
                Period period = Period.quarter(project.year(), quarter);
                if (!period.end().plusDays(properties.overdueDays()).isBefore(today)) {
                    continue;
                }
                PeriodReport report = byMonth.get(period.year() * 100 + period.endMonth());
                boolean submitted = report != null && !report.getState().editableByStaff();
                AlertSubject subject = new AlertSubject(project.id(), project.name(), project.unit(), null,
                        null);
                overdue += alertSync.syncOverdue(subject, period, !submitted) ? 1 : 0;
            }
        }
        events.publishEvent(new DataChangedEvent());
        return overdue;
    }
}
