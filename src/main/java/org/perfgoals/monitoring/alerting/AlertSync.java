package org.perfgoals.monitoring.alerting;

import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.PeriodAlerts;
import org.perfgoals.alert.AlertSubject;
import org.perfgoals.alert.AlertType;
import org.perfgoals.base.ui.Formats;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.read.BudgetRow;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ProjectHeader;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.wording.MonitoringWording;
import org.springframework.stereotype.Component;

/**
 * Keeps the alerts in step with a period's verdicts: a RED row raises TARGET_MISSED, a YELLOW one TARGET_AT_RISK (as
 * does a row on track whose year-end forecast misses the target),
 * budget behind time and spending over a sub-item's budget raise theirs; a row that turns green resolves its
 * alerts and says so. The period's active alerts are read once per sync ({@link PeriodAlerts}).
 */
@Component
public class AlertSync {

    private final AlertService alerts;

    AlertSync(AlertService alerts) {
        this.alerts = alerts;
    }

    public void sync(PeriodSheet sheet) {
        ProjectHeader project = sheet.project();
        Period period = sheet.period();
        PeriodAlerts known = alerts.periodAlerts(project.id(), period.year(), period.endMonth());
        for (SheetRow row : sheet.rows()) {
            Status status = row.evaluation().status();
            AlertSubject subject = new AlertSubject(project.id(), project.name(), project.unit(),
                    row.indicator().id(), row.indicator().name());
            String actual = row.derived() ? Formats.percent(row.derivedValue())
                    : MonitoringWording.NEUTRAL.value(row.current(), row.indicator().target());
            toggle(known, AlertType.TARGET_MISSED, status == Status.RED, subject, row.indicator().targetText(),
                    actual, status);
            // At risk: behind (YELLOW), missed while someone still thinks the year's target is only possible, or on
            // track today while the year-end forecast misses the target.
            boolean possible = row.current() != null && row.current().likelihood() == Likelihood.POSSIBLE;
            toggle(known, AlertType.TARGET_AT_RISK, status == Status.YELLOW || (status == Status.RED && possible)
                    || forecastMisses(row, period), subject, row.indicator().targetText(), actual, status);
        }
        syncBudget(sheet, project, period, known);
    }

    /** GREEN (or BLUE) today, but the full-year forecast is not certain to meet the target. */
    private static boolean forecastMisses(SheetRow row, Period period) {
        Status status = row.evaluation().status();
        return !period.isYearEnd() && (status == Status.GREEN || status == Status.BLUE) && row.forecast() != null
                && row.forecast().likelihood() != Likelihood.CERTAIN;
    }

    private void syncBudget(PeriodSheet sheet, ProjectHeader project, Period period, PeriodAlerts known) {
        AlertSubject wholeProject = new AlertSubject(project.id(), project.name(), project.unit(),
                null, null);
        if (sheet.budgetEvaluation() != null) {
            Status status = sheet.budgetEvaluation().status();
            toggle(known, AlertType.BUDGET_BEHIND_TIME, status == Status.RED || status == Status.YELLOW,
                    wholeProject, Formats.percent(period.timeProgress()), Formats.percent(sheet.executionRate()),
                    status);
        }
        for (BudgetRow row : sheet.budget()) {
            AlertSubject item = new AlertSubject(project.id(), project.name(), project.unit(), null,
                    row.item().name());
            toggle(known, AlertType.OVER_BUDGET, row.overBudget(), item, Formats.amount(row.item().amount()),
                    Formats.amount(row.spentSoFar()), row.overBudget() ? Status.RED : Status.GREEN);
        }
    }

    public void markDemo(long projectId) {
        alerts.markDemo(projectId);
    }

    /** Raises or resolves the project's DATA_OVERDUE alert of a period; returns whether it is overdue. */
    public boolean syncOverdue(AlertSubject wholeProject, Period period, boolean overdue) {
        PeriodAlerts known = alerts.periodAlerts(wholeProject.projectId(), period.year(), period.endMonth());
        toggle(known, AlertType.DATA_OVERDUE, overdue, wholeProject, period.end().toString(), "",
                overdue ? Status.RED : Status.GREEN);
        return overdue;
    }

    private void toggle(PeriodAlerts known, AlertType type, boolean raise, AlertSubject subject, String target,
                        String actual, Status status) {
        if (raise) {
            alerts.raise(known, type, subject, target, actual);
        } else if (status != Status.NO_DATA) {
            alerts.resolveAutomatically(known, type, subject, status.name());
        }
    }
}
