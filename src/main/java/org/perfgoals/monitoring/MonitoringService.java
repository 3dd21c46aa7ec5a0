package org.perfgoals.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.indicator.Indicator;
import org.springframework.context.ApplicationEventPublisher;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.alert.AlertSubject;
import org.perfgoals.project.Project;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectSummary;
import org.springframework.data.domain.Pageable;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.Role;
import org.perfgoals.security.UnitAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.perfgoals.monitoring.domain.scoring.Level1PointsCheck;
import org.perfgoals.monitoring.domain.scoring.WeightScheme;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly monitoring of a project: staff enter actuals and budget execution, the rules judge every row, the
 * report goes draft → submitted → approved or returned, every change is kept, alerts follow the verdicts. All
 * inputs of a save are checked before anything is written: a refused save stores nothing.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MonitoringService {

    /** How a refusal names the moment of the change that made an editor's weights stale. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProjectService projects;
    private final ActualValueRepository actuals;
    private final BudgetSpendingRepository spending;
    private final PeriodReportRepository reports;
    private final ValueChangeRepository changes;
    private final SheetBuilder sheets;
    private final AlertSync alertSync;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MonitoringProperties properties;
    private final ApplicationEventPublisher events;

    MonitoringService(ProjectService projects, ActualValueRepository actuals, BudgetSpendingRepository spending,
                      PeriodReportRepository reports, ValueChangeRepository changes, SheetBuilder sheets,
                      AlertSync alertSync, UnitAccess access, CurrentUser currentUser, Clock clock,
                      MonitoringProperties properties, ApplicationEventPublisher events) {
        this.events = events;
        this.properties = properties;
        this.projects = projects;
        this.actuals = actuals;
        this.spending = spending;
        this.reports = reports;
        this.changes = changes;
        this.sheets = sheets;
        this.alertSync = alertSync;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PeriodSheet sheet(long projectId, Period period) {
        Project project = project(projectId);
        PeriodReport report = reports.findByProjectIdAndYearAndMonth(projectId, period.year(), period.endMonth())
                .orElseGet(() -> new PeriodReport(projectId, period));
        return build(project, period, report);
    }

    /** Whether the current user may enter values for this project now (their unit, and not locked for staff). */
    @Transactional(readOnly = true)
    public boolean canEdit(PeriodSheet sheet) {
        return access.canWrite(sheet.project().getUnit())
                && (isReviewer() || sheet.report().getState().editableByStaff());
    }

    @Transactional(readOnly = true)
    public boolean canReview(PeriodSheet sheet) {
        return access.canReview(sheet.project().getUnit());
    }

    /**
     * Saves the entered rows and spending of one period.
     *
     * @throws MonitoringValidationException when any input is refused (nothing is stored)
     * @throws StaleEditException when someone saved the period after {@code input.baseVersion()}
     * @throws ReportLockedException when staff try to change a submitted or approved period
     */
    public PeriodSheet save(long projectId, Period period, SheetInput input, EntryMode mode) {
        Project project = project(projectId);
        access.requireWrite(project.getUnit());
        requireProjectPeriod(project, period);
        // A quarter without a report reads as a new draft; the report is created only once the input is accepted.
        PeriodReport report = reports.findByProjectIdAndYearAndMonth(projectId, period.year(), period.endMonth())
                .orElseGet(() -> new PeriodReport(projectId, period));
        if (!isReviewer() && !report.getState().editableByStaff()) {
            throw new ReportLockedException(report.getState());
        }
        if (input.baseVersion() != null && input.baseVersion() != report.getVersion()) {
            throw new StaleEditException(report.getUpdatedBy(), report.getUpdatedAt(), changes
                    .findByProjectIdAndYearAndMonthAndReportVersionGreaterThanOrderById(projectId, period.year(),
                            period.endMonth(), input.baseVersion()));
        }
        List<ActualValue> stored = actuals.findByProjectIdAndYearAndMonthLessThanEqual(projectId, period.year(),
                period.endMonth());
        List<BudgetSpending> spent = spending.findByProjectIdAndYearAndMonthLessThanEqual(projectId, period.year(),
                period.endMonth());
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
        List<ActualValue> written = writeActuals(project, period, parsed, stored, log, by, at);
        List<BudgetSpending> writtenSpending = SpendingParser.write(project, period, input.spending(), amounts,
                spent, log, by, at);
        log.record(ValueChange.Subject.REPORT, projectId, "executionReason", report.getExecutionReason(),
                EntryWriter.blankToNull(input.executionReason()));
        if (input.executionReason() != null) {
            report.setExecutionReason(EntryWriter.blankToNull(input.executionReason()));
        }
        PeriodSheet sheet = sheets.build(project, period, report, merge(stored, written),
                merge(spent, writtenSpending));
        if (mode == EntryMode.CHECKED) {
            errors.addAll(ExplanationRules.check(sheet, parsed.keySet(), input));
            if (!errors.isEmpty()) {
                throw new MonitoringValidationException(errors);
            }
        }
        if (report.getId() == null) {
            // Created, then touched below like every save, so its first save counts as a change of version 0.
            reports.saveAndFlush(report);
        }
        storeVerdicts(sheet);
        actuals.saveAll(written);
        spending.saveAll(writtenSpending);
        changes.saveAll(log.changes());
        report.touch(by, at);
        reports.saveAndFlush(report);
        alertSync.sync(sheet);
        // Next year's relative targets may be judged against what was just stored.
        projects.nextYearOf(project).map(this::project).filter(Baselines::needLastYear).ifPresent(this::rejudge);
        events.publishEvent(new DataChangedEvent());
        return sheet;
    }

    /** Hands the period to the manager: every row must have its value, every deviation its explanation. */
    public PeriodSheet submit(long projectId, Period period, Long baseVersion) {
        PeriodSheet sheet = sheet(projectId, period);
        access.requireWrite(sheet.project().getUnit());
        PeriodReport report = reportFor(projectId, period);
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
        alertSync.syncOverdue(new AlertSubject(sheet.project().getId(), sheet.project().getName(),
                sheet.project().getUnit(), null, null), period, false);
        events.publishEvent(new DataChangedEvent());
        return build(sheet.project(), period, report);
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
        Project project = project(projectId);
        access.requireReview(project.getUnit());
        List<FieldError> tooLong = new ArrayList<>();
        InputLimits.checkLength(FieldRef.Report.REVIEW_COMMENT, comment, InputLimits.TEXT, tooLong);
        if (!tooLong.isEmpty()) {
            throw new MonitoringValidationException(tooLong);
        }
        PeriodReport report = reportFor(projectId, period);
        if (report.getState() != ReportState.SUBMITTED) {
            throw new ReportLockedException(report.getState());
        }
        if (approve) {
            report.approve(currentUser.username(), clock.instant(), EntryWriter.blankToNull(comment));
        } else {
            report.returnToStaff(currentUser.username(), clock.instant(), comment.strip());
        }
        reports.saveAndFlush(report);
        return build(project, period, report);
    }

    /**
     * Judges what is being typed for one row without storing it, so the entry view can colour the row at once.
     * Returns the verdict, or the field errors when the input cannot be read.
     */
    @Transactional(readOnly = true)
    public RowPreview preview(long projectId, Period period, ActualEntry entry) {
        Project project = project(projectId);
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

    /** Every change of one indicator's (or sub-item's) values in the period, newest first. */
    @Transactional(readOnly = true)
    public List<ValueChange> history(ValueChange.Subject subject, long subjectId, Period period) {
        return changes.findBySubjectTypeAndSubjectIdAndYearAndMonthOrderByIdDesc(subject, subjectId, period.year(),
                period.endMonth());
    }

    /** A manager changes how an indicator is judged: accumulation over the year, or a baseline for "better than". */
    public void configureIndicator(long indicatorId, Accumulation accumulation, BigDecimal baseline) {
        long projectId = projects.projectOfIndicator(indicatorId)
                .orElseThrow(() -> new IndicatorNotFoundException(indicatorId));
        Project project = project(projectId);
        access.requireReview(project.getUnit());
        // The project was loaded in this transaction: the change is written on commit.
        Indicator indicator = project.getIndicators().stream().filter(i -> i.getId() == indicatorId).findFirst()
                .orElseThrow();
        indicator.setAccumulation(accumulation);
        indicator.setBaseline(baseline);
        rejudge(project);
        events.publishEvent(new DataChangedEvent());
    }

    /**
     * Judges every stored value of the project's year again after a rule changed (accumulation, baseline, last
     * year's value), so that the stored statuses and scores the overview reads, and the alerts, agree with what the
     * dashboard computes. Periods without any value or spending are left alone.
     */
    private void rejudge(Project project) {
        for (int quarter = 1; quarter <= 4; quarter++) {
            Period period = Period.quarter(project.getYear(), quarter);
            PeriodReport report = reports.findByProjectIdAndYearAndMonth(project.getId(), period.year(),
                    period.endMonth()).orElseGet(() -> new PeriodReport(project.getId(), period));
            PeriodSheet sheet = build(project, period, report);
            boolean stored = sheet.rows().stream().anyMatch(row -> row.current() != null)
                    || sheet.budget().stream().anyMatch(row -> row.current() != null);
            if (stored) {
                storeVerdicts(sheet);
                alertSync.sync(sheet);
            }
        }
    }

    /** Each value keeps its verdict and its share of full marks: the overview reads them without judging again. */
    private static void storeVerdicts(PeriodSheet sheet) {
        sheet.rows().stream().filter(row -> row.current() != null).forEach(row -> {
            row.current().setStatus(row.evaluation().status());
            row.current().setScore(Scores.of(row, sheet.period()));
        });
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

    /**
     * Gives a project its weighting and reweighs its indicators: "equal", "national", or "custom" with the points of
     * every 一级 (0–100, 100 in all; null keeps the points stored before). Managers of the unit and admins only.
     * Refused input stores nothing and names each problem.
     *
     * @param seenVersion the project's version when the editor loaded the weights; if it changed since, the save is
     *                    refused naming who changed the weights and when (null: no check, as for feeds)
     */
    public WeightScheme changeWeights(long projectId, String scheme, Map<String, BigDecimal> level1Points,
                                      Long seenVersion) {
        Project project = project(projectId);
        access.requireReview(project.getUnit());
        if (seenVersion != null && seenVersion != project.getVersion()) {
            throw staleWeights(project);
        }
        if (!List.of(WeightScheme.EQUAL, WeightScheme.NATIONAL, WeightScheme.CUSTOM).contains(scheme)) {
            throw new MonitoringValidationException(List.of(new FieldError(FieldRef.Weighting.SCHEME,
                    "weights.unknownScheme", List.of(String.valueOf(scheme), "equal, national, custom"))));
        }
        if (WeightScheme.CUSTOM.equals(scheme)) {
            Map<String, BigDecimal> points = level1Points != null ? level1Points : project.getLevel1Points();
            List<FieldError> errors = Level1PointsCheck.check(ProjectWeights.level1s(project), points).stream()
                    .map(FieldError::of).toList();
            if (!errors.isEmpty()) {
                throw new MonitoringValidationException(errors);
            }
            project.setLevel1Points(Level1PointsCheck.normalised(points));
        }
        // The project was loaded in this transaction: the new weights are written on commit.
        project.setWeightScheme(scheme);
        project.markWeightsChanged(currentUser.username(), clock.instant());
        ProjectWeights.apply(project);
        events.publishEvent(new DataChangedEvent());
        return ProjectWeights.scheme(project);
    }

    /** Names who changed the project since the editor loaded it: a weights change, or a corrected form imported. */
    private MonitoringValidationException staleWeights(Project project) {
        Instant weightsAt = project.getWeightsChangedAt();
        boolean byImport = weightsAt == null
                || (project.getImportedAt() != null && project.getImportedAt().isAfter(weightsAt));
        Instant at = byImport ? project.getImportedAt() : weightsAt;
        String when = at == null ? "" : WHEN.withZone(clock.getZone()).format(at);
        return new MonitoringValidationException(List.of(new FieldError(FieldRef.Weighting.POINTS,
                byImport ? "weights.staleImport" : "weights.stale",
                List.of(String.valueOf(byImport ? project.getImportedBy() : project.getWeightsChangedBy()), when))));
    }

    /** The project's weighting and the weight of each indicator under it. */
    @Transactional(readOnly = true)
    public ProjectWeighting weighting(long projectId) {
        Project project = project(projectId);
        return ProjectWeighting.of(project.getId(), ProjectWeights.scheme(project), project.getIndicators(),
                access.canReview(project.getUnit()));
    }

    /** The indicators of the project that hold a value, and its budget items that hold spending. */
    @Transactional(readOnly = true)
    public RecordedSubjects recorded(long projectId) {
        return new RecordedSubjects(Set.copyOf(actuals.findIndicatorIdsWithValues(projectId)),
                Set.copyOf(spending.findBudgetItemIdsWithSpending(projectId)));
    }

    /** Judges the project's stored values again after its targets changed (a corrected form was imported). */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public void rejudge(long projectId) {
        rejudge(project(projectId));
        events.publishEvent(new DataChangedEvent());
    }

    /** Whether any actual or spending was ever stored for the project. */
    @Transactional(readOnly = true)
    public boolean hasData(long projectId) {
        return actuals.countByProjectId(projectId) > 0 || spending.countByProjectId(projectId) > 0;
    }

    /** Marks everything stored for a project as demo data (the demo profile's seed), shown as such in the UI. */
    @PreAuthorize("hasRole('ADMIN')")
    public void markDemo(long projectId) {
        Project project = project(projectId);
        actuals.findByProjectIdAndYearAndMonthLessThanEqual(projectId, project.getYear(), 12)
                .forEach(ActualValue::markDemo);
        spending.findByProjectIdAndYearAndMonthLessThanEqual(projectId, project.getYear(), 12)
                .forEach(BudgetSpending::markDemo);
        reports.findByProjectIdAndYear(projectId, project.getYear()).forEach(PeriodReport::markDemo);
        alertSync.markDemo(projectId);
    }

    /**
     * Decides whether the current user may write an indicator's actual of a quarter, before anything they sent is
     * read: leaders never write (403), an unknown indicator is 404, another unit's is 403, a quarter outside the
     * project's year is 400. Returns where the value goes and the target that says which fields it takes.
     */
    @Transactional(readOnly = true)
    public WriteScope authorizeActual(long indicatorId, int year, int quarter) {
        Project project = writableProject(() -> projects.projectOfIndicator(indicatorId)
                .orElseThrow(() -> new IndicatorNotFoundException(indicatorId)));
        long projectId = project.getId();
        Indicator indicator = project.getIndicators().stream().filter(i -> i.getId() == indicatorId).findFirst()
                .orElseThrow(() -> new IndicatorNotFoundException(indicatorId));
        return new WriteScope(projectId, projectPeriod(project, year, quarter), indicator.getTarget());
    }

    /** As {@link #authorizeActual} for the spending of a budget sub-item. */
    @Transactional(readOnly = true)
    public WriteScope authorizeSpending(long budgetItemId, int year, int quarter) {
        Project project = writableProject(() -> projects.projectOfBudgetItem(budgetItemId)
                .orElseThrow(() -> new ProjectNotFoundException(budgetItemId)));
        return new WriteScope(project.getId(), projectPeriod(project, year, quarter), null);
    }

    /** The role first (nothing is looked up for leaders), then the project the id belongs to (404), then its unit. */
    private Project writableProject(LongSupplier projectOfSubject) {
        requireRole(Role.ADMIN, Role.MANAGER, Role.STAFF);
        Project project = project(projectOfSubject.getAsLong());
        access.requireWrite(project.getUnit());
        return project;
    }

    /** Managers of the unit and admins change weights: decided before the weights sent are read. */
    @Transactional(readOnly = true)
    public void authorizeWeights(long projectId) {
        requireRole(Role.ADMIN, Role.MANAGER);
        access.requireReview(project(projectId).getUnit());
    }

    /** The quarter of the project's own year (400 naming the project's year otherwise; 404 for no project). */
    @Transactional(readOnly = true)
    public Period projectPeriod(long projectId, int year, int quarter) {
        return projectPeriod(project(projectId), year, quarter);
    }

    private static Period projectPeriod(Project project, int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new MonitoringValidationException(List.of(new FieldError(FieldRef.Report.QUARTER, "periodInvalid",
                    List.of(String.valueOf(year), String.valueOf(quarter)))));
        }
        if (year != project.getYear()) {
            throw outsideProject(project, year, quarter);
        }
        return Period.quarter(year, quarter);
    }

    /** Values are monitored in the project's own year only: a 2050 report of a 2019 project is a typing error. */
    private static void requireProjectPeriod(Project project, Period period) {
        if (period.year() != project.getYear()) {
            throw outsideProject(project, period.year(), period.quarter().orElse(0));
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
        throw new org.springframework.security.access.AccessDeniedException(
                currentUser.username() + " may not change monitoring data");
    }

    public Optional<Long> projectOfIndicator(long indicatorId) {
        return projects.projectOfIndicator(indicatorId);
    }

    public Optional<Long> projectOfBudgetItem(long budgetItemId) {
        return projects.projectOfBudgetItem(budgetItemId);
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
                        "unknownIndicator",
                        List.of(String.valueOf(entry.indicatorId()))));
            } else if (indicator.isBudgetExecutionRate()) {
                errors.add(new FieldError(FieldRef.actual(entry.indicatorId(), FieldRef.ActualField.VALUE), "derived",
                        List.of(indicator.getName())));
            } else {
                parsed.put(indicator.getId(), EntryParser.parse(indicator, entry, period, errors));
            }
        }
        return parsed;
    }

    private List<ActualValue> writeActuals(Project project, Period period, Map<Long, ParsedEntry> parsed,
                                           List<ActualValue> stored, ChangeLog log, String by, Instant at) {
        List<ActualValue> written = new ArrayList<>();
        parsed.forEach((indicatorId, entry) -> {
            ActualValue value = stored.stream()
                    .filter(a -> a.getIndicatorId() == indicatorId && a.getPeriod().equals(period)).findFirst()
                    .orElseGet(() -> new ActualValue(indicatorId, project.getId(), period));
            EntryWriter.write(entry, value, log);
            value.touch(by, at);
            written.add(value);
        });
        return written;
    }

    private static <T> List<T> merge(List<T> stored, List<T> written) {
        // New entities have no id yet, so identity (not equals) tells which ones are already in the list.
        List<T> all = new ArrayList<>(stored);
        written.stream().filter(item -> all.stream().noneMatch(existing -> existing == item)).forEach(all::add);
        return all;
    }

    private PeriodReport reportFor(long projectId, Period period) {
        return reports.findByProjectIdAndYearAndMonth(projectId, period.year(), period.endMonth())
                .orElseGet(() -> reports.saveAndFlush(new PeriodReport(projectId, period)));
    }

    private PeriodSheet build(Project project, Period period, PeriodReport report) {
        return sheets.build(project, period, report,
                actuals.findByProjectIdAndYearAndMonthLessThanEqual(project.getId(), period.year(), period.endMonth()),
                spending.findByProjectIdAndYearAndMonthLessThanEqual(project.getId(), period.year(),
                        period.endMonth()));
    }

    private Project project(long projectId) {
        return projects.get(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
    }

    private boolean isReviewer() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.MANAGER);
    }
}
