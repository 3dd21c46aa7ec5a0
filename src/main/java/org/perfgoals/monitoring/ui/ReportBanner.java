package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import org.perfgoals.base.ui.Formats;
import org.perfgoals.monitoring.domain.ReportingRound;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ReportState;
import org.perfgoals.monitoring.wording.MonitoringWording;

/**
 * Above the entry form: where the quarter's report stands, whether it is demo data, why a manager returned it, and
 * a summary line — time progress, execution, the project's status — which also says what others did meanwhile.
 */
class ReportBanner extends Div {

    final Span state = new Span();
    final Span demo = new Span();
    final Paragraph returned = new Paragraph();
    final Span summary = new Span();
    /** The round's due day and, while the report is with staff, the days left or past. */
    final Span due = new Span();

    ReportBanner() {
        demo.setText(getTranslation("entry.demo"));
        demo.getElement().getThemeList().add("badge contrast");
        state.getElement().getThemeList().add("badge");
        returned.addClassName("entry-returned");
        due.addClassName("entry-due");
        HorizontalLayout header = new HorizontalLayout(state, demo, due, summary);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        add(header, returned);
    }

    void show(PeriodSheet sheet, ReportingRound round, LocalDate today) {
        showDue(sheet.report().state(), round, today);
        state.setText(ChangeWords.stateName(this, sheet.report().state()));
        demo.setVisible(sheet.report().demo());
        returned.setVisible(sheet.report().state() == ReportState.RETURNED);
        returned.setText(getTranslation("entry.returnedBecause", String.valueOf(sheet.report().reviewedBy()),
                String.valueOf(sheet.report().reviewComment())));
        summary.setText(getTranslation("entry.summary", Formats.percent(sheet.timeProgress()),
                Formats.percent(sheet.executionRate()),
                new MonitoringWording(this::getTranslation).status(sheet.projectStatus())));
    }

    private void showDue(ReportState report, ReportingRound round, LocalDate today) {
        String day = round.due().toString();
        long left = round.daysLeft(today);
        boolean open = report.editableByStaff();
        due.setText(!open ? getTranslation("entry.due.day", day)
                : left < 0 ? getTranslation("entry.due.overdue", day, -left)
                : left == 0 ? getTranslation("entry.due.today", day)
                : getTranslation("entry.due.left", day, left));
        due.getElement().getThemeList().clear();
        due.getElement().getThemeList().add(open && left < 0 ? "badge error" : open && left <= 7 ? "badge"
                : "badge contrast");
    }

    /** Puts what happened meanwhile where the summary was, until the quarter is shown again. */
    void say(String message) {
        summary.setText(message);
    }
}
