package org.perfgoals.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.monitoring.alerting.AlertSync;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.EntryParser;
import org.perfgoals.monitoring.input.ExplanationRules;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.InputLimits;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.input.ParsedEntry;
import org.perfgoals.monitoring.input.SpendingParser;
import org.perfgoals.monitoring.read.ChangeRecord;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ReportRecord;
import org.perfgoals.monitoring.sheet.Baselines;
import org.perfgoals.monitoring.sheet.ChangeLog;
import org.perfgoals.monitoring.sheet.EntryWriter;
import org.perfgoals.monitoring.sheet.SheetBuilder;
import org.perfgoals.monitoring.sheet.SheetStore;
import org.perfgoals.monitoring.store.ActualValue;
import org.perfgoals.monitoring.store.BudgetSpending;
import org.perfgoals.monitoring.store.PeriodReport;
import org.perfgoals.project.Project;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.Role;
import org.perfgoals.security.UnitAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering a quarter: staff read the period's sheet, type actuals and budget execution, see each row judged while
 * they type, save, and read the history of a value. All inputs of a save are checked before anything is written:
 * a refused save stores nothing; optimistic locking per quarter keeps two editors from overwriting each other.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class QuarterEntryService {

    private final Counter saves;
    private final SheetStore store;
    private final ProjectService projects;
    private final SheetBuilder sheets;
    private final AlertSync alertSync;
    private final JudgingService judging;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    QuarterEntryService(SheetStore store, ProjectService projects, SheetBuilder sheets, AlertSync alertSync,
                        JudgingService judging, UnitAccess access, CurrentUser currentUser, Clock clock,
                        ApplicationEventPublisher events, MeterRegistry meters) {
        this.saves = meters.counter("perfgoals.quarter.saves");
        this.store = store;
        this.projects = projects;
        this.sheets = sheets;
        this.alertSync = alertSync;
        this.judging = judging;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PeriodSheet sheet(long projectId, Period period) {
        return store.read(projectId, period);
    }

    /**
     * A quarter of the project's own year (400 for another year or quarter, 404 for no project or another unit's),
     * the project read once for the check and the sheet.
     */
    @Transactional(readOnly = true)
    public PeriodSheet sheetOfQuarter(long projectId, int year, int quarter) {
        Project project = store.project(projectId);
        return store.read(project, WriteAuthorization.projectPeriod(project, year, quarter));
    }

    /**
     * The period's report alone (who saved it last, its state and version): what an open screen compares with what
     * it shows to see that someone else changed the period.
     */
    @Transactional(readOnly = true)
    public ReportRecord report(long projectId, Period period) {
        return store.report(projectId, period);
    }

    /** Whether the current user may enter values for this project now (their unit, and not locked for staff). */
    @Transactional(readOnly = true)
    public boolean canEdit(PeriodSheet sheet) {
        return access.canWrite(sheet.project().unit())
                && (isReviewer() || sheet.report().state().editableByStaff());
    }

    @Transactional(readOnly = true)
    public boolean canReview(PeriodSheet sheet) {
        return access.canReview(sheet.project().unit());
    }

    /**
     * Saves the entered rows and spending of one period.
     *
     * @throws MonitoringValidationException when any input is refused (nothing is stored)
     * @throws StaleEditException when someone saved the period after {@code input.baseVersion()}
     * @throws ReportLockedException when staff try to change a submitted or approved period
     */
    public PeriodSheet save(long projectId, Period period, SheetInput input, EntryMode mode) {
        Project project = store.project(projectId);
        access.requireWrite(project.getUnit());
        WriteAuthorization.requireProjectPeriod(project, period);
        // Only now, the writer being allowed: what is read below is what the save before this one left.
        store.lockForSave(projectId);
        // A quarter without a report reads as a new draft; the report is created only once the input is accepted.
        PeriodReport report = store.reportOrDraft(projectId, period);
        if (!isReviewer() && !report.getState().editableByStaff()) {
            throw new ReportLockedException(report.getState());
        }
        if (input.baseVersion() != null && input.baseVersion() != report.getVersion()) {
            throw new StaleEditException(report.getUpdatedBy(), report.getUpdatedAt(),
                    store.changesSince(projectId, period, input.baseVersion()));
        }
        List<ActualValue> stored = store.actualsUpTo(project, period);
        List<BudgetSpending> spent = store.spendingUpTo(project, period);
        List<FieldError> errors = new ArrayList<>();
        Map<Long, ParsedEntry> parsed = parseActuals(project, period, input, errors);
        Map<Long, BigDecimal> amounts = SpendingParser.parse(project, input.spending(), errors);
        InputLimits.checkLength(FieldRef.Report.EXECUTION_REASON, input.executionReason(), InputLimits.TEXT,
                errors);
        if (!errors.isEmpty()) {
            throw new MonitoringValidationException(errors);
        }
        String by = currentUser.username();
        Instant at = clock.instant();
        ChangeLog log = new ChangeLog(projectId, period, by, at, report.getVersion() + 1);
        List<ActualValue> written = EntryWriter.writeActuals(project, period, parsed, stored, log, by, at);
        List<BudgetSpending> writtenSpending = EntryWriter.writeSpending(project, period, input.spending(),
                amounts, spent, log, by, at);
        log.record(ChangeSubject.REPORT, projectId, "executionReason", report.getExecutionReason(),
                InputLimits.asStored(input.executionReason()));
        if (input.executionReason() != null) {
            report.setExecutionReason(InputLimits.asStored(input.executionReason()));
        }
        List<ActualValue> allValues = merge(stored, written);
        List<BudgetSpending> allSpending = merge(spent, writtenSpending);
        SheetBuilder.Reference reference = sheets.reference(project, period, !allSpending.isEmpty());
        PeriodSheet sheet = sheets.build(project, period, report, allValues, allSpending, reference);
        if (mode == EntryMode.CHECKED) {
            errors.addAll(ExplanationRules.check(sheet, parsed.keySet(), input));
            if (!errors.isEmpty()) {
                throw new MonitoringValidationException(errors);
            }
        }
        SheetStore.storeVerdicts(sheet, written);
        store.store(report, written, writtenSpending, log.changes(), by, at);
        alertSync.sync(sheet);
        // What was stored, read back as records: the verdicts written and the report's new version.
        PeriodSheet saved = sheets.build(project, period, report, allValues, allSpending, reference);
        // Next year's relative targets may be judged against what was just stored.
        List<Long> changed = new ArrayList<>(List.of(projectId));
        projects.nextYearOf(project).map(store::project).filter(Baselines::needLastYear)
                .ifPresent(next -> {
                    judging.rejudge(next);
                    changed.add(next.getId());
                });
        saves.increment();
        events.publishEvent(DataChangedEvent.ofProjects(changed));
        return saved;
    }

    /**
     * Judges what is being typed for one row without storing it, so the entry view can colour the row at once.
     * Returns the verdict, or the field errors when the input cannot be read.
     */
    @Transactional(readOnly = true)
    public RowPreview preview(long projectId, Period period, ActualEntry entry) {
        Project project = store.project(projectId);
        Indicator indicator = project.getIndicators().stream().filter(i -> i.getId() == entry.indicatorId())
                .findFirst().orElseThrow(() -> new IndicatorNotFoundException(entry.indicatorId()));
        List<FieldError> errors = new ArrayList<>();
        ParsedEntry parsed = EntryParser.parse(indicator, entry, period, errors);
        if (!errors.isEmpty()) {
            return new RowPreview(null, errors);
        }
        ActualValue draft = new ActualValue(indicator.getId(), projectId, period);
        EntryWriter.write(parsed, draft, new ChangeLog(projectId, period, "", clock.instant(), 0));
        return new RowPreview(sheets.preview(project, indicator, period, draft).evaluation(), List.of());
    }

    /**
     * Every change of one indicator's (or sub-item's) values in the period, newest first; none, as for an unknown
     * id, when the subject belongs to another unit's project.
     */
    @Transactional(readOnly = true)
    public List<ChangeRecord> history(ChangeSubject subject, long subjectId, Period period) {
        boolean readable = switch (subject) {
            case INDICATOR -> projects.projectOfIndicator(subjectId).isPresent();
            case BUDGET_ITEM -> projects.projectOfBudgetItem(subjectId).isPresent();
            case REPORT -> projects.summary(subjectId).isPresent();
        };
        return readable ? store.history(subject, subjectId, period) : List.of();
    }

    private Map<Long, ParsedEntry> parseActuals(Project project, Period period, SheetInput input,
                                                List<FieldError> errors) {
        Map<Long, Indicator> indicators = new HashMap<>();
        project.getIndicators().forEach(indicator -> indicators.put(indicator.getId(), indicator));
        Map<Long, ParsedEntry> parsed = new HashMap<>();
        for (ActualEntry entry : input.actuals()) {
            Indicator indicator = indicators.get(entry.indicatorId());
            if (indicator == null) {
                errors.add(new FieldError(FieldRef.actual(entry.indicatorId(), FieldRef.ActualField.VALUE),
                        "unknownIndicator", List.of(String.valueOf(entry.indicatorId()))));
            } else if (indicator.isBudgetExecutionRate()) {
                errors.add(new FieldError(FieldRef.actual(entry.indicatorId(), FieldRef.ActualField.VALUE),
                        "derived", List.of(indicator.getName())));
            } else {
                parsed.put(indicator.getId(), EntryParser.parse(indicator, entry, period, errors));
            }
        }
        return parsed;
    }

    private static <T> List<T> merge(List<T> stored, List<T> written) {
        // New entities have no id yet, so identity (not equals) tells which ones are already in the list.
        List<T> all = new ArrayList<>(stored);
        written.stream().filter(item -> all.stream().noneMatch(existing -> existing == item)).forEach(all::add);
        return all;
    }

    private boolean isReviewer() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.MANAGER);
    }
}
