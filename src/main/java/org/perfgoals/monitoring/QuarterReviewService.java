package org.perfgoals.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.perfgoals.audit.AuditEntry;
import org.perfgoals.audit.AuditLog;
import org.perfgoals.audit.domain.AuditSubject;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.alert.AlertSubject;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.monitoring.alerting.AlertSync;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.ExplanationRules;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.InputLimits;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ReportState;
import org.perfgoals.monitoring.sheet.SheetStore;
import org.perfgoals.monitoring.store.PeriodReport;
import org.perfgoals.monitoring.store.PeriodReportRepository;
import org.perfgoals.project.Project;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.UnitAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting and reviewing a quarter: staff hand a complete period to the manager (every row has its value, every
 * deviation its explanation), a manager of the unit approves it or returns it with the reason.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class QuarterReviewService {

    private final SheetStore store;
    private final PeriodReportRepository reports;
    private final AlertSync alertSync;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    QuarterReviewService(SheetStore store, PeriodReportRepository reports, AlertSync alertSync, UnitAccess access,
                         CurrentUser currentUser, Clock clock, ApplicationEventPublisher events, AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.reports = reports;
        this.alertSync = alertSync;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Hands the period to the manager: every row must have its value, every deviation its explanation. */
    public PeriodSheet submit(long projectId, Period period, Long baseVersion) {
        Project project = store.project(projectId);
        PeriodSheet sheet = store.build(project, period, store.reportOrDraft(projectId, period));
        access.requireWrite(project.getUnit());
        PeriodReport report = store.storedReport(projectId, period);
        if (!report.getState().editableByStaff()) {
            throw new ReportLockedException(report.getState());
        }
        if (baseVersion != null && baseVersion != report.getVersion()) {
            throw new StaleEditException(report.getUpdatedBy(), report.getUpdatedAt(), List.of());
        }
        List<FieldError> errors = ExplanationRules.checkForSubmit(sheet);
        if (!errors.isEmpty()) {
            throw new MonitoringValidationException(errors);
        }
        report.submit(currentUser.username(), clock.instant());
        reports.saveAndFlush(report);
        audit.record(AuditEntry.of(AuditType.REPORT_SUBMITTED, AuditSubject.period(projectId, project.getName(),
                period.year(), period.endMonth())));
        alertSync.syncOverdue(new AlertSubject(project.getId(), project.getName(), project.getUnit(), null,
                null), period, false);
        events.publishEvent(DataChangedEvent.workflow());
        return store.build(project, period, report);
    }

    public PeriodSheet approve(long projectId, Period period, String comment) {
        return review(projectId, period, comment, true);
    }

    /** Sends the period back to staff with the reason, which they see in the entry view. */
    public PeriodSheet returnToStaff(long projectId, Period period, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new MonitoringValidationException(List.of(new FieldError(FieldRef.Report.REVIEW_COMMENT,
                    "commentRequired", List.of())));
        }
        return review(projectId, period, comment, false);
    }

    private PeriodSheet review(long projectId, Period period, String comment, boolean approve) {
        Project project = store.project(projectId);
        access.requireReview(project.getUnit());
        List<FieldError> tooLong = new ArrayList<>();
        InputLimits.checkLength(FieldRef.Report.REVIEW_COMMENT, comment, InputLimits.TEXT, tooLong);
        if (!tooLong.isEmpty()) {
            throw new MonitoringValidationException(tooLong);
        }
        PeriodReport report = store.storedReport(projectId, period);
        if (report.getState() != ReportState.SUBMITTED) {
            throw new ReportLockedException(report.getState());
        }
        if (approve) {
            report.approve(currentUser.username(), clock.instant(), InputLimits.asStored(comment));
        } else {
            report.returnToStaff(currentUser.username(), clock.instant(), comment.strip());
        }
        reports.saveAndFlush(report);
        audit.record(AuditEntry.of(approve ? AuditType.REPORT_APPROVED : AuditType.REPORT_RETURNED,
                AuditSubject.period(projectId, project.getName(), period.year(), period.endMonth()), comment));
        return store.build(project, period, report);
    }
}
