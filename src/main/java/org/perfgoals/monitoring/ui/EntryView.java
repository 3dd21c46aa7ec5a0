package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.perfgoals.base.ui.LiveUpdates;
import org.perfgoals.base.ui.Pager;
import org.perfgoals.base.ui.RouteParameter;
import org.perfgoals.monitoring.EntryMode;
import org.perfgoals.monitoring.JudgingService;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.QuarterReviewService;
import org.perfgoals.monitoring.QuarterTemplateService;
import org.perfgoals.monitoring.ReportingCalendarService;
import org.perfgoals.monitoring.ReportLockedException;
import org.perfgoals.monitoring.RowPreview;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.StaleEditException;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ReportRecord;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.project.ProjectService;
import org.perfgoals.project.ProjectSummary;
import org.perfgoals.security.Role;
import org.perfgoals.security.UnitAccess;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * 季度填报: pick project and quarter, enter every indicator's actual and every sub-item's spending, see each row's
 * status at once, save a draft, submit; a manager approves or returns the quarter with a comment.
 */
@Route("monitoring/:projectId?/:year?/:quarter?")
@Menu(title = "nav.monitoring", order = 2, icon = "vaadin:edit")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
class EntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Indicator cards per page: a card holds a dozen fields, so a form of hundreds is shown a page at a time. */
    static final int PAGE_SIZE = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    final ProjectPicker picker;
    final ComboBox<ProjectSummary> project;
    final Select<Integer> quarter;
    final ReportBanner banner = new ReportBanner();
    final Span state = banner.state;
    final Span demo = banner.demo;
    final Paragraph returned = banner.returned;
    final Span summary = banner.summary;
    /** The indicators as cards or as the compact table ({@link EntryTable}), chosen with {@link EntryLayoutTabs}. */
    final IndicatorLayouts indicators = new IndicatorLayouts(PAGE_SIZE, this::preview);
    final CardPages<IndicatorEntry> pages = indicators.cardPages;
    /** The indicator cards created so far (those of the pages shown), in the order they were created. */
    final List<IndicatorEntry> rows = pages.rows;
    final Pager pager = pages.pager;
    final Div cards = indicators.cards;
    final SpendingSection budget = new SpendingSection(this);
    final List<SpendingEntryRow> spending = budget.lines;
    final TextArea executionReason = budget.executionReason;
    final Binder<SheetInput> binder = budget.binder;
    final ReportActions actions = new ReportActions(this::save, this::submit, this::review);
    final Button save = actions.save;
    final Button submit = actions.submit;
    final Button approve = actions.approve;
    final Button returnButton = actions.returnButton;
    final TextArea reviewComment = actions.reviewComment;
    private final EntryErrors errors = new EntryErrors(this, indicators::pages, spending, executionReason);
    final Div content = new Div();

    private final QuarterEntryService monitoring;
    private final QuarterReviewService review;
    private final JudgingService judging;
    private final QuarterTemplateService templates;
    private final ReportingCalendarService calendar;
    private final Clock clock;
    private PeriodSheet sheet;
    /** The version of the period someone else stored that the user was told of already. */
    private long noticedVersion = -1;

    EntryView(QuarterEntryService monitoring, QuarterReviewService review, JudgingService judging,
              ProjectService projects, UnitAccess access, QuarterTemplateService templates,
              ReportingCalendarService calendar, Clock clock, LiveUpdates live) {
        this.monitoring = monitoring;
        this.calendar = calendar;
        this.clock = clock;
        this.templates = templates;
        this.review = review;
        this.judging = judging;
        addClassName("entry-view");
        live.subscribe(this, this::checkForOthersChanges);
        picker = new ProjectPicker(projects, access);
        project = picker.project;
        quarter = picker.quarter;
        add(new H2(getTranslation("entry.title")), picker, indicators.tabs, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        indicators.read(event.getLocation().getQueryParameters());
        Optional<ProjectSummary> chosen = picker.chosen(RouteParameter.number(event, "projectId"));
        if (chosen.isEmpty()) {
            content.removeAll();
            content.add(new Paragraph(getTranslation("entry.noProjects")));
            return;
        }
        ProjectSummary selected = chosen.get();
        int year = RouteParameter.year(event, selected.year());
        int q = RouteParameter.quarter(event).orElse(1);
        picker.select(selected, q);
        load(Period.quarter(year, q));
    }

    /** (Re)builds the page from the stored period. */
    void load(Period period) {
        show(monitoring.sheet(project.getValue().id(), period));
    }

    private void show(PeriodSheet loaded) {
        sheet = loaded;
        content.removeAll();
        boolean editable = monitoring.canEdit(sheet);
        boolean reviewer = monitoring.canReview(sheet);
        banner.show(sheet, calendar.round(sheet.period()), LocalDate.now(clock));
        content.add(new TemplateButtons(templates, sheet, editable, () -> load(sheet.period())));
        content.add(banner, new H3(getTranslation("entry.indicators")), indicators);
        indicators.show(sheet.rows(), editable, row -> card(row, editable, reviewer));
        budget.show(sheet, editable).forEach(content::add);
        actions.show(sheet.report().state(), editable, reviewer);
        content.add(actions);
    }

    private IndicatorEntry card(SheetRow row, boolean editable, boolean reviewer) {
        long id = row.indicator().id();
        IndicatorEntry entry = new IndicatorEntry(row, this::preview, () -> showHistory(ChangeSubject.INDICATOR, id,
                row.indicator().name()), () -> new IndicatorSettingsDialog(row, judging,
                () -> load(sheet.period())).open());
        entry.fields.setEditable(editable);
        entry.settings.setVisible(reviewer);
        return entry;
    }

    /** Colours a row as soon as a value is entered, without storing anything. */
    private void preview(ActualFields entry) {
        entry.clearErrors();
        RowPreview preview = monitoring.preview(sheet.project().id(), sheet.period(), entry.entry());
        if (preview.evaluation() != null) {
            entry.setStatus(preview.evaluation().status());
        } else {
            preview.errors().forEach(error -> entry.showError(error.field(), errors.message(error)));
        }
    }

    SheetInput input() {
        return new SheetInput(
                indicators.pages().fields().stream().filter(ActualFields::hasInput).map(ActualFields::entry).toList(),
                spending.stream().filter(SpendingEntryRow::hasInput).map(SpendingEntryRow::entry).toList(),
                executionReason.isVisible() ? executionReason.getValue() : null, sheet.report().version());
    }

    void save() {
        act(() -> monitoring.save(sheet.project().id(), sheet.period(), input(), EntryMode.CHECKED),
                "entry.saved");
    }

    void submit() {
        errors.clear();
        try {
            show(review.submit(sheet.project().id(), sheet.period(), sheet.report().version()));
            EntryNotices.notify(getTranslation("entry.submitted"), NotificationVariant.LUMO_SUCCESS);
        } catch (MonitoringValidationException invalid) {
            showErrors(invalid);
        } catch (StaleEditException | ReportLockedException | OptimisticLockingFailureException changed) {
            // Someone saved, submitted or reviewed the quarter first (or at the same moment): submit carries no
            // input of its own, so show the quarter as it now is.
            reloadAfterOthersActed();
        }
    }

    /** Runs a save or submit; refused inputs, a stale edit or a locked quarter are shown, nothing else changes. */
    private void act(Supplier<PeriodSheet> action, String successKey) {
        errors.clear();
        try {
            show(action.get());
            EntryNotices.notify(getTranslation(successKey), NotificationVariant.LUMO_SUCCESS);
        } catch (MonitoringValidationException invalid) {
            showErrors(invalid);
        } catch (StaleEditException stale) {
            showConflict(stale);
        } catch (ReportLockedException locked) {
            // The typed values stay on the page, so that nothing is lost from view.
            EntryNotices.notify(getTranslation("monitoring.locked", ChangeWords.stateName(this, locked.getState())),
                    NotificationVariant.LUMO_ERROR);
        }
    }

    /**
     * The quarter changed under the user: reload it and say who put it in which state, in words. The notification
     * stays until closed, as the user's action did not happen.
     */
    private void reloadAfterOthersActed() {
        load(sheet.period());
        String message = ChangeWords.othersActed(this, sheet.report());
        EntryNotices.changedMeanwhile(message);
        banner.say(message);
    }

    private void review(boolean approved) {
        try {
            show(approved ? review.approve(sheet.project().id(), sheet.period(), reviewComment.getValue())
                    : review.returnToStaff(sheet.project().id(), sheet.period(), reviewComment.getValue()));
            EntryNotices.notify(getTranslation(approved ? "entry.approved" : "entry.returned"),
                    NotificationVariant.LUMO_SUCCESS);
        } catch (MonitoringValidationException invalid) {
            reviewComment.setErrorMessage(errors.message(invalid.getErrors().getFirst()));
            reviewComment.setInvalid(true);
        } catch (ReportLockedException | OptimisticLockingFailureException changed) {
            reloadAfterOthersActed();
        }
    }

    private void showErrors(MonitoringValidationException invalid) {
        errors.show(invalid.getErrors());
        EntryNotices.notify(getTranslation("entry.invalid", invalid.getErrors().size()),
                NotificationVariant.LUMO_ERROR);
    }

    /** Someone saved this quarter meanwhile: say who changed what; the user's input stays on the page. */
    private void showConflict(StaleEditException stale) {
        String message = ChangeWords.conflict(this, stale, sheet);
        EntryNotices.conflict(message);
        banner.say(message);
    }

    private void showHistory(ChangeSubject subject, long id, String title) {
        new HistoryDialog(title, monitoring.history(subject, id, sheet.period())).open();
    }

    /**
     * A change was stored somewhere: when it is this period's, by someone else, say so at once, naming who (the
     * input on the page stays; saving over it is refused with the changes, as before). One query, the report's row.
     */
    void checkForOthersChanges() {
        if (sheet == null || project.getValue() == null) {
            return;
        }
        ReportRecord stored = monitoring.report(sheet.project().id(), sheet.period());
        if (stored.version() == sheet.report().version() || stored.version() == noticedVersion) {
            return;
        }
        noticedVersion = stored.version();
        String message = stored.state() != sheet.report().state() ? ChangeWords.othersActed(this, stored)
                : getTranslation("entry.savedElsewhere", String.valueOf(stored.updatedBy()),
                        stored.updatedAt() == null ? "" : TIME.format(stored.updatedAt().atZone(clock.getZone())));
        EntryNotices.changedElsewhere(message);
        banner.say(message);
    }

    PeriodSheet sheet() {
        return sheet;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("entry.title") + " | " + getTranslation("app.title");
    }
}
