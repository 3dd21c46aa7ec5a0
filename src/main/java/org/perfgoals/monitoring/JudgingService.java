package org.perfgoals.monitoring;

import java.math.BigDecimal;
import java.util.List;
import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditDetails;
import org.perfgoals.audit.domain.AuditSubject;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.monitoring.alerting.AlertSync;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.sheet.SheetBuilder;
import org.perfgoals.monitoring.sheet.SheetStore;
import org.perfgoals.monitoring.store.ActualValue;
import org.perfgoals.project.Project;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.UnitAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an indicator is judged: a manager sets its accumulation over the year or the baseline of a "better than
 * last year" target, and every stored value of the project's year is judged again, so that the stored statuses and
 * scores the overview reads, and the alerts, agree with what the dashboard computes.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class JudgingService {

    private final SheetStore store;
    private final SheetBuilder sheets;
    private final ProjectService projects;
    private final AlertSync alertSync;
    private final UnitAccess access;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    JudgingService(SheetStore store, SheetBuilder sheets, ProjectService projects, AlertSync alertSync,
                   UnitAccess access, ApplicationEventPublisher events, AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.sheets = sheets;
        this.projects = projects;
        this.alertSync = alertSync;
        this.access = access;
        this.events = events;
    }

    /** A manager changes how an indicator is judged: accumulation over the year, or a baseline for "better than". */
    public void configureIndicator(long indicatorId, Accumulation accumulation, BigDecimal baseline) {
        long projectId = projects.projectOfIndicator(indicatorId)
                .orElseThrow(() -> new IndicatorNotFoundException(indicatorId));
        Project project = store.project(projectId);
        access.requireReview(project.getUnit());
        // The project was loaded in this transaction: the change is written on commit.
        Indicator indicator = project.getIndicators().stream().filter(i -> i.getId() == indicatorId).findFirst()
                .orElseThrow();
        indicator.setAccumulation(accumulation);
        indicator.setBaseline(baseline);
        audit.record(AuditEntry.of(AuditType.JUDGING_CHANGED, AuditSubject.indicator(indicatorId, indicator.getName(),
                projectId, project.getName()), AuditDetails.json("accumulation", accumulation, "baseline", baseline)));
        rejudge(project);
        events.publishEvent(DataChangedEvent.ofProjects(List.of(projectId)));
    }

    /** Judges the project's stored values again after its targets changed (a corrected form was imported). */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public void rejudge(long projectId) {
        rejudge(store.project(projectId));
        events.publishEvent(DataChangedEvent.ofProjects(List.of(projectId)));
    }

    /**
     * Judges every stored value of the project's year again after a rule changed (accumulation, baseline, last
     * year's value). Periods without any value or spending are left alone.
     */
    void rejudge(Project project) {
        for (int quarter = 1; quarter <= 4; quarter++) {
            Period period = Period.quarter(project.getYear(), quarter);
            List<ActualValue> values = store.actualsUpTo(project, period);
            PeriodSheet sheet = sheets.build(project, period, store.reportOrDraft(project.getId(), period), values,
                    store.spendingUpTo(project, period));
            boolean stored = sheet.rows().stream().anyMatch(row -> row.current() != null)
                    || sheet.budget().stream().anyMatch(row -> row.current() != null);
            if (stored) {
                SheetStore.storeVerdicts(sheet, values);
                alertSync.sync(sheet);
            }
        }
    }
}
