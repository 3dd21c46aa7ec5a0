package org.perfgoals.monitoring.sheet;

import org.perfgoals.monitoring.ProjectWeights;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.ChangeRecord;
import org.perfgoals.monitoring.read.ProjectHeader;
import org.perfgoals.monitoring.read.ReportRecord;
import org.perfgoals.monitoring.read.SpendingRecord;
import org.perfgoals.monitoring.store.ActualValue;
import org.perfgoals.monitoring.store.BudgetSpending;
import org.perfgoals.monitoring.store.PeriodReport;
import org.perfgoals.monitoring.store.ValueChange;
import org.perfgoals.project.BudgetItemRecord;
import org.perfgoals.project.Project;

/** Copies what is stored into the plain records of the read model, inside the transaction that loaded it. */
public final class ReadRecords {

    private ReadRecords() {
    }

    public static ProjectHeader header(Project project) {
        return new ProjectHeader(project.getId(), project.getName(), project.getUnit(), project.getYear(),
                project.getVersion(), project.getCurrentYearBudget(),
                project.getBudgetItems().stream().map(BudgetItemRecord::of).toList(), ProjectWeights.scheme(project));
    }

    public static ReportRecord report(PeriodReport report) {
        return new ReportRecord(report.getVersion(), report.getState(), report.getExecutionReason(),
                report.getSubmittedBy(), report.getSubmittedAt(), report.getReviewedBy(), report.getReviewedAt(),
                report.getReviewComment(), report.getUpdatedBy(), report.getUpdatedAt(), report.isDemo());
    }

    public static ActualRecord actual(ActualValue value) {
        return value == null ? null : new ActualRecord(value.getPeriod(), value.getNumericValue(), value.getParts(),
                value.getAssessment(), value.getDone(), value.getDoneOn(), value.getDeviationCause(),
                value.getDeviationText(), value.getMeasures(), value.getLikelihood(), value.getExpectedFullYear(),
                value.getStatus(), value.getScore(), value.getUpdatedBy());
    }

    public static SpendingRecord spending(BudgetSpending spending) {
        return spending == null ? null
                : new SpendingRecord(spending.getPeriod(), spending.getAmount(), spending.getOverBudgetReason());
    }

    public static ChangeRecord change(ValueChange change) {
        return new ChangeRecord(change.getSubjectType(), change.getSubjectId(), change.getField(),
                change.getOldValue(), change.getNewValue(), change.getChangedBy(), change.getChangedAt(),
                change.getReportVersion());
    }
}
