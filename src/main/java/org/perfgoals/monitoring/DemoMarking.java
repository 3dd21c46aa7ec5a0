package org.perfgoals.monitoring;

import org.perfgoals.monitoring.alerting.AlertSync;
import org.perfgoals.monitoring.sheet.SheetStore;
import org.perfgoals.monitoring.store.ActualValue;
import org.perfgoals.monitoring.store.ActualValueRepository;
import org.perfgoals.monitoring.store.BudgetSpending;
import org.perfgoals.monitoring.store.BudgetSpendingRepository;
import org.perfgoals.monitoring.store.PeriodReport;
import org.perfgoals.monitoring.store.PeriodReportRepository;
import org.perfgoals.project.Project;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The demo profile's seed: whether a project holds monitoring yet, and marking what it holds as demo data. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DemoMarking {

    private final SheetStore store;
    private final ActualValueRepository actuals;
    private final BudgetSpendingRepository spending;
    private final PeriodReportRepository reports;
    private final AlertSync alertSync;

    DemoMarking(SheetStore store, ActualValueRepository actuals, BudgetSpendingRepository spending,
                PeriodReportRepository reports, AlertSync alertSync) {
        this.store = store;
        this.actuals = actuals;
        this.spending = spending;
        this.reports = reports;
        this.alertSync = alertSync;
    }

    /** Whether any actual or spending was ever stored for the project. */
    @Transactional(readOnly = true)
    public boolean hasData(long projectId) {
        return actuals.countByProjectId(projectId) > 0 || spending.countByProjectId(projectId) > 0;
    }

    /** Marks everything stored for a project as demo data (the demo profile's seed), shown as such in the UI. */
    @PreAuthorize("hasRole('ADMIN')")
    public void markDemo(long projectId) {
        Project project = store.project(projectId);
        actuals.findByProjectIdAndYearAndMonthLessThanEqual(projectId, project.getYear(), 12)
                .forEach(ActualValue::markDemo);
        spending.findByProjectIdAndYearAndMonthLessThanEqual(projectId, project.getYear(), 12)
                .forEach(BudgetSpending::markDemo);
        reports.findByProjectIdAndYear(projectId, project.getYear()).forEach(PeriodReport::markDemo);
        alertSync.markDemo(projectId);
    }
}
