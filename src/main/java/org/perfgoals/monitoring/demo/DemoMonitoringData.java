package org.perfgoals.monitoring.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.DemoMarking;
import org.perfgoals.monitoring.EntryMode;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.QuarterReviewService;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.SpendingEntry;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.project.BudgetItemRecord;
import org.perfgoals.project.ProjectDetails;
import org.perfgoals.project.ProjectQueries;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the demo profile, Q1–Q3 actuals and budget execution for every seed project that has none, entered through
 * the same service as people use (so history and alerts are real), and marked as demo data. Q1 is approved, Q2
 * submitted, Q3 still a draft: Q3 and Q4 are overdue.
 */
@Component
@Profile("demo")
class DemoMonitoringData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMonitoringData.class);
    /** How fast each unit spends, as a share of the pro-rated budget: one lags badly, one a little. */
    private static final Map<String, BigDecimal> SPENDING_PACE = Map.of(
            "社会保险服务费", new BigDecimal("0.45"),
            "委托服务经费", new BigDecimal("0.72"));

    private final QuarterEntryService entry;
    private final QuarterReviewService review;
    private final DemoMarking demo;
    private final ProjectService projects;
    private final ProjectQueries details;

    DemoMonitoringData(QuarterEntryService entry, QuarterReviewService review, DemoMarking demo,
                       ProjectService projects, ProjectQueries details) {
        this.details = details;
        this.entry = entry;
        this.review = review;
        this.demo = demo;
        this.projects = projects;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void seedDemoMonitoring() {
        SystemAuthentication.run(() -> {
            int seeded = 0;
            for (long projectId : projects.allIds()) {
                if (!demo.hasData(projectId)) {
                    seed(details.details(projectId).orElseThrow());
                    seeded++;
                }
            }
            if (seeded > 0) {
                LOG.info("Demo monitoring data for {} projects (Q1-Q3)", seeded);
            }
        });
    }

    private void seed(ProjectDetails project) {
        for (int quarter = 1; quarter <= 3; quarter++) {
            Period period = Period.quarter(project.year(), quarter);
            List<ActualEntry> actuals = project.indicators().stream()
                    .filter(indicator -> !indicator.isBudgetExecutionRate())
                    .map(indicator -> DemoValues.entry(indicator, period)).toList();
            int q = quarter;
            List<SpendingEntry> spending = project.budgetItems().stream()
                    .map(item -> spending(project, item, q)).toList();
            entry.save(project.id(), period, new SheetInput(actuals, spending, null, null),
                    EntryMode.CHECKED);
        }
        long id = project.id();
        review.submit(id, Period.quarter(project.year(), 1), null);
        review.approve(id, Period.quarter(project.year(), 1), "数据核实无误");
        review.submit(id, Period.quarter(project.year(), 2), null);
        demo.markDemo(id);
    }

    private static SpendingEntry spending(ProjectDetails project, BudgetItemRecord item, int quarter) {
        BigDecimal pace = SPENDING_PACE.getOrDefault(project.name(), new BigDecimal("0.97"));
        BigDecimal quarterShare = new BigDecimal("0.25");
        String reason = null;
        // One sub-item of the hotline spends beyond its budget in Q3, with its reason.
        if (item.name().equals("人员管理费") && quarter == 3) {
            quarterShare = new BigDecimal("0.40");
            pace = new BigDecimal("1.60");
            reason = "新增夜班管理岗位，下季度从其他子项调剂";
        }
        BigDecimal amount = item.amount().multiply(quarterShare).multiply(pace).setScale(0, RoundingMode.HALF_UP);
        return new SpendingEntry(item.id(), amount.toPlainString(), reason);
    }
}
