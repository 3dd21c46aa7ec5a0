package org.perfgoals.monitoring;

import java.util.List;
import org.perfgoals.monitoring.domain.Period;
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
class SheetStore {

    private final ProjectService projects;
    private final ActualValueRepository actuals;
    private final BudgetSpendingRepository spending;
    private final PeriodReportRepository reports;
    private final SheetBuilder sheets;

    SheetStore(ProjectService projects, ActualValueRepository actuals, BudgetSpendingRepository spending,
               PeriodReportRepository reports, SheetBuilder sheets) {
        this.projects = projects;
        this.actuals = actuals;
        this.spending = spending;
        this.reports = reports;
        this.sheets = sheets;
    }

    Project project(long projectId) {
        return projects.get(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
    }

    /** The period's report, or a new draft that is not stored (a quarter without a report reads as one). */
    PeriodReport reportOrDraft(long projectId, Period period) {
        return reports.findByProjectIdAndYearAndMonth(projectId, period.year(), period.endMonth())
                .orElseGet(() -> new PeriodReport(projectId, period));
    }

    /** The period's report, stored now if there was none. */
    PeriodReport storedReport(long projectId, Period period) {
        return reports.findByProjectIdAndYearAndMonth(projectId, period.year(), period.endMonth())
                .orElseGet(() -> reports.saveAndFlush(new PeriodReport(projectId, period)));
    }

    List<ActualValue> actualsUpTo(Project project, Period period) {
        return actuals.findByProjectIdAndYearAndMonthLessThanEqual(project.getId(), period.year(), period.endMonth());
    }

    List<BudgetSpending> spendingUpTo(Project project, Period period) {
        return spending.findByProjectIdAndYearAndMonthLessThanEqual(project.getId(), period.year(),
                period.endMonth());
    }

    PeriodSheet build(Project project, Period period, PeriodReport report) {
        return sheets.build(project, period, report, actualsUpTo(project, period), spendingUpTo(project, period));
    }

    /** Each value keeps its verdict and its share of full marks: the overview reads them without judging again. */
    static void storeVerdicts(PeriodSheet sheet) {
        sheet.rows().stream().filter(row -> row.current() != null).forEach(row -> {
            row.current().setStatus(row.evaluation().status());
            row.current().setScore(Scores.of(row, sheet.period()));
        });
    }
}
