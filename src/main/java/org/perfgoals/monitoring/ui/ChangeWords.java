package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import org.perfgoals.base.ui.Texts;
import org.perfgoals.monitoring.StaleEditException;
import org.perfgoals.monitoring.read.ChangeRecord;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ReportRecord;
import org.perfgoals.monitoring.read.ReportState;

/** What others did to the quarter while the user had it open, in words. */
final class ChangeWords {

    private ChangeWords() {
    }

    /** "manager 已修改本季度：综合接通率 数值 → 93 …": who saved meanwhile and what (at most eight changes). */
    static String conflict(Component context, StaleEditException stale, PeriodSheet sheet) {
        String changed = Texts.list(context, stale.getChanges().stream()
                .map(change -> describe(context, change, sheet)).distinct().limit(8).toList());
        return context.getTranslation("entry.conflict", String.valueOf(stale.getChangedBy()), changed);
    }

    /** Who put the quarter in the state it now has (submitted by, or reviewed by). */
    static String othersActed(Component context, ReportRecord report) {
        String by = report.state() == ReportState.SUBMITTED ? report.submittedBy() : report.reviewedBy();
        return by == null ? context.getTranslation("entry.changedMeanwhile", stateName(context, report.state()))
                : context.getTranslation("entry.changedMeanwhileBy", by, stateName(context, report.state()));
    }

    static String stateName(Component context, ReportState state) {
        return context.getTranslation("reportState." + state.name());
    }

    /** "综合接通率 数值 → 93": which row, which field, the new value. */
    private static String describe(Component context, ChangeRecord change, PeriodSheet sheet) {
        String subject = switch (change.subject()) {
            case INDICATOR -> sheet.rows().stream().filter(row -> row.indicator().id() == change.subjectId())
                    .map(row -> row.indicator().name()).findFirst().orElse("");
            case BUDGET_ITEM -> sheet.budget().stream().filter(row -> row.item().id() == change.subjectId())
                    .map(row -> row.item().name()).findFirst().orElse("");
            case REPORT -> "";
        };
        String field = HistoryDialog.fieldName(context, change.field());
        return (subject + " " + field + " → " + (change.newValue() == null ? "—" : change.newValue())).strip();
    }
}
