package org.perfgoals.monitoring.sheet;

import java.time.Instant;
import java.util.List;
import org.perfgoals.monitoring.ProjectNotFoundException;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.ChangeRecord;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ReportRecord;
import org.perfgoals.monitoring.store.ActualValue;
import org.perfgoals.monitoring.store.ActualValueRepository;
import org.perfgoals.monitoring.store.BudgetSpending;
import org.perfgoals.monitoring.store.BudgetSpendingRepository;
import org.perfgoals.monitoring.store.PeriodReport;
import org.perfgoals.monitoring.store.PeriodReportRepository;
import org.perfgoals.monitoring.store.ValueChange;
import org.perfgoals.monitoring.store.ValueChangeRepository;
import org.perfgoals.project.Project;
import org.perfgoals.project.ProjectService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the use cases share when they write: the project and the period's report loaded as entities, the sheet of
 * the period judged from what is stored, and the verdicts written back onto the stored values.
 */
@Service
@Transactional
public class SheetStore {

    private final ProjectService projects;
    private final ActualValueRepository actuals;
    private final BudgetSpendingRepository spending;
    private final PeriodReportRepository reports;
    private final ValueChangeRepository changes;
    private final SheetBuilder sheets;

    SheetStore(ProjectService projects, ActualValueRepository actuals, BudgetSpendingRepository spending,
               PeriodReportRepository reports, ValueChangeRepository changes, SheetBuilder sheets) {
        this.changes = changes;
        this.projects = projects;
        this.actuals = actuals;
        this.spending = spending;
        this.reports = reports;
        this.sheets = sheets;
    }

    public Project project(long projectId) {
        return projects.get(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
    }

    /**
     * Makes the caller's transaction the only one saving the project until it ends (a row lock): writers of one
     * quarter at the same moment wait for each other and then read what the one before them stored, rather than
     * judging everything and losing at the report's version check.
     */
    public void lockForSave(long projectId) {
        reports.lockProject(projectId);
    }

    /** The period's report, or a new draft that is not stored (a quarter without a report reads as one). */
    public PeriodReport reportOrDraft(long projectId, Period period) {
        return reports.findByProjectIdAndYearAndMonth(projectId, period.year(), period.endMonth())
                .orElseGet(() -> new PeriodReport(projectId, period));
    }

    /** The period's report, stored now if there was none. */
    public PeriodReport storedReport(long projectId, Period period) {
        return reports.findByProjectIdAndYearAndMonth(projectId, period.year(), period.endMonth())
                .orElseGet(() -> reports.saveAndFlush(new PeriodReport(projectId, period)));
    }

    public List<ActualValue> actualsUpTo(Project project, Period period) {
        return actuals.findByProjectIdAndYearAndMonthLessThanEqual(project.getId(), period.year(), period.endMonth());
    }

    public List<BudgetSpending> spendingUpTo(Project project, Period period) {
        return spending.findByProjectIdAndYearAndMonthLessThanEqual(project.getId(), period.year(),
                period.endMonth());
    }

    public PeriodSheet build(Project project, Period period, PeriodReport report) {
        return sheets.build(project, period, report, actualsUpTo(project, period), spendingUpTo(project, period));
    }

    /** The changes of the period saved after the report's {@code version}, oldest first. */
    @Transactional(readOnly = true)
    public List<ChangeRecord> changesSince(long projectId, Period period, long version) {
        return changes.findByProjectIdAndYearAndMonthAndReportVersionGreaterThanOrderById(projectId, period.year(),
                period.endMonth(), version).stream().map(ReadRecords::change).toList();
    }

    /**
     * Stores an accepted save: the values, the spending and the changes, and the report touched and flushed so that
     * it carries its new version. A new report is stored first, so that its first save counts as a change of
     * version 0.
     */
    public void store(PeriodReport report, List<ActualValue> values, List<BudgetSpending> spent,
                      List<ValueChange> changed, String by, Instant at) {
        if (report.getId() == null) {
            reports.saveAndFlush(report);
        }
        actuals.saveAll(values);
        spending.saveAll(spent);
        changes.saveAll(changed);
        report.touch(by, at);
        reports.saveAndFlush(report);
    }

    /** Only the period's report (state, version, who saved last), for the reader of the project. */
    @Transactional(readOnly = true)
    public ReportRecord report(long projectId, Period period) {
        project(projectId);
        return ReadRecords.report(reportOrDraft(projectId, period));
    }

    /** The period as plain records, read in this transaction: what every reader of a sheet gets. */
    @Transactional(readOnly = true)
    public PeriodSheet read(long projectId, Period period) {
        return read(project(projectId), period);
    }

    /** {@link #read(long, Period)} of a project already read in this transaction. */
    public PeriodSheet read(Project project, Period period) {
        return build(project, period, reportOrDraft(project.getId(), period));
    }

    /** Every change of one indicator's (or sub-item's) values in the period, newest first. */
    @Transactional(readOnly = true)
    public List<ChangeRecord> history(ChangeSubject subject, long subjectId, Period period) {
        return changes.findBySubjectTypeAndSubjectIdAndYearAndMonthOrderByIdDesc(subject, subjectId, period.year(),
                period.endMonth()).stream().map(ReadRecords::change).toList();
    }

    /**
     * Each value of the sheet's period keeps its verdict and its share of full marks: the overview reads them
     * without judging again. {@code values} are the stored (or about to be stored) entities the sheet was built of.
     */
    public static void storeVerdicts(PeriodSheet sheet, List<ActualValue> values) {
        sheet.rows().stream().filter(row -> row.current() != null).forEach(row -> values.stream()
                .filter(value -> value.getIndicatorId() == row.indicator().id()
                        && value.getPeriod().equals(sheet.period()))
                .forEach(value -> {
                    value.setStatus(row.evaluation().status());
                    value.setScore(Scores.of(row, sheet.period()));
                }));
    }
}
