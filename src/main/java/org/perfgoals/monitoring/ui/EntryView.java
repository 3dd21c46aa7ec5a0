package org.perfgoals.monitoring.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.perfgoals.base.ui.NotAllowedException;
import org.perfgoals.base.ui.PageNotFoundException;
import org.perfgoals.base.ui.Pager;
import org.perfgoals.base.ui.RouteParameter;
import org.perfgoals.monitoring.EntryMode;
import org.perfgoals.monitoring.JudgingService;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.QuarterReviewService;
import org.perfgoals.monitoring.ReportLockedException;
import org.perfgoals.monitoring.RowPreview;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.StaleEditException;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.InputLimits;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ReportState;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectService;
import org.perfgoals.project.ProjectSummary;
import org.perfgoals.security.Role;
import org.perfgoals.security.UnitAccess;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

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

    final ComboBox<ProjectSummary> project = new ComboBox<>();
    final Select<Integer> quarter = new Select<>();
    final ReportBanner banner = new ReportBanner();
    final Span state = banner.state;
    final Span demo = banner.demo;
    final Paragraph returned = banner.returned;
    final Span summary = banner.summary;
    /** The indicator cards created so far (those of the pages shown), in the order they were created. */
    final List<IndicatorEntry> rows = new ArrayList<>();
    final Pager pager = new Pager(PAGE_SIZE);
    final Div cards = new Div();
    private final java.util.Map<Long, IndicatorEntry> created = new java.util.HashMap<>();
    final List<SpendingEntryRow> spending = new ArrayList<>();
    final TextArea executionReason = new TextArea();
    /** Binds the quarter's own inputs with the service's limits as validators; what is typed is sent as is. */
    final Binder<SheetInput> binder = new Binder<>();
    final Button save = new Button();
    final Button submit = new Button();
    final Button approve = new Button();
    final Button returnButton = new Button();
    final TextArea reviewComment = new TextArea();
    final Div content = new Div();

    private final QuarterEntryService monitoring;
    private final QuarterReviewService review;
    private final JudgingService judging;
    private final ProjectService projects;
    private final UnitAccess access;
    private PeriodSheet sheet;

    EntryView(QuarterEntryService monitoring, QuarterReviewService review, JudgingService judging,
              ProjectService projects, UnitAccess access) {
        this.monitoring = monitoring;
        this.review = review;
        this.judging = judging;
        this.projects = projects;
        this.access = access;
        addClassName("entry-view");
        project.setLabel(getTranslation("entry.project"));
        project.setItemLabelGenerator(summary -> getTranslation("entry.projectLabel", summary.name(),
                summary.unit()));
        project.setWidth("34em");
        // Lazy and paged: a unit may have hundreds of projects over the years; the typed text narrows by name.
        project.setItems(query -> projects.list(choices(query.getFilter()), toSpringPageRequest(query)).stream(),
                query -> (int) projects.count(choices(query.getFilter())));
        quarter.setLabel(getTranslation("entry.quarter"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> getTranslation("entry.quarterLabel", q));
        project.addValueChangeListener(event -> navigateIfFromClient(event.isFromClient()));
        quarter.addValueChangeListener(event -> navigateIfFromClient(event.isFromClient()));
        HorizontalLayout pickers = new HorizontalLayout(project, quarter);
        pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        pickers.setWrap(true);
        configureButtons();
        add(new H2(getTranslation("entry.title")), pickers, content);
    }

    private void configureButtons() {
        save.setText(getTranslation("entry.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        submit.setText(getTranslation("entry.submit"));
        submit.addClickListener(click -> submit());
        approve.setText(getTranslation("entry.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(click -> review(true));
        returnButton.setText(getTranslation("entry.return"));
        returnButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        returnButton.addClickListener(click -> review(false));
        reviewComment.setLabel(getTranslation("entry.reviewComment"));
        reviewComment.setWidth("30em");
        executionReason.setLabel(getTranslation("entry.executionReason"));
        executionReason.setWidth("40em");
        binder.forField(executionReason)
                .withValidator(EntryValidators.text(this, FieldRef.Report.EXECUTION_REASON, InputLimits.TEXT))
                .bind(SheetInput::executionReason, null);
    }

    /** The projects the user may enter for (those of their unit; all for admins), whose name has the typed text. */
    private ProjectFilter choices(Optional<String> typed) {
        return new ProjectFilter(null, access.ownUnit(), typed.orElse(null));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> requested = RouteParameter.number(event, "projectId");
        Optional<ProjectSummary> chosen = requested.isPresent()
                ? Optional.of(requestedProject(requested.get()))
                : projects.list(choices(Optional.empty()), PageRequest.of(0, 1)).stream().findFirst();
        if (chosen.isEmpty()) {
            content.removeAll();
            content.add(new Paragraph(getTranslation("entry.noProjects")));
            return;
        }
        ProjectSummary selected = chosen.get();
        int year = RouteParameter.year(event, selected.year());
        int q = RouteParameter.quarter(event).orElse(1);
        project.setValue(selected);
        quarter.setValue(q);
        load(Period.quarter(year, q));
    }

    /** A project not among the user's: another unit's is refused, showing nothing of it; a missing one is not found. */
    private ProjectSummary requestedProject(long projectId) {
        ProjectSummary requested = projects.summary(projectId)
                .orElseThrow(() -> new PageNotFoundException("project.notFound"));
        if (access.ownUnit() != null && !access.ownUnit().equals(requested.unit())) {
            throw new NotAllowedException("entry.otherUnit");
        }
        return requested;
    }

    private void navigateIfFromClient(boolean fromClient) {
        if (fromClient && project.getValue() != null && quarter.getValue() != null) {
            UI.getCurrent().navigate(EntryView.class, new RouteParameters(java.util.Map.of(
                    "projectId", String.valueOf(project.getValue().id()),
                    "year", String.valueOf(project.getValue().year()),
                    "quarter", String.valueOf(quarter.getValue()))));
        }
    }

    /** (Re)builds the page from the stored period. */
    void load(Period period) {
        show(monitoring.sheet(project.getValue().id(), period));
    }

    private void show(PeriodSheet loaded) {
        sheet = loaded;
        rows.clear();
        created.clear();
        spending.clear();
        content.removeAll();
        boolean editable = monitoring.canEdit(sheet);
        boolean reviewer = monitoring.canReview(sheet);
        banner.show(sheet);
        content.add(banner, new H3(getTranslation("entry.indicators")));
        content.add(pager.top, cards, pager.bottom);
        pager.reset(sheet.rows().size());
        showCards(editable, reviewer);
        pager.onChange(() -> showCards(editable, reviewer));
        content.add(new H3(getTranslation("entry.spending")));
        sheet.budget().forEach(row -> {
            SpendingEntryRow line = new SpendingEntryRow(row);
            line.setEditable(editable);
            spending.add(line);
            content.add(line);
        });
        executionReason.setValue(sheet.report().executionReason() == null ? ""
                : sheet.report().executionReason());
        executionReason.setVisible(sheet.period().isYearEnd());
        executionReason.setReadOnly(!editable);
        save.setEnabled(editable);
        submit.setEnabled(editable && sheet.report().state().editableByStaff());
        boolean reviewable = reviewer && sheet.report().state() == ReportState.SUBMITTED;
        approve.setVisible(reviewable);
        returnButton.setVisible(reviewable);
        reviewComment.setVisible(reviewable);
        HorizontalLayout actions = new HorizontalLayout(save, submit, reviewComment, approve, returnButton);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        content.add(executionReason, actions);
    }

    /**
     * Shows the cards of the pager's page, creating each the first time its page is shown: a form of hundreds of
     * indicators then costs one page of components, and what was typed on other pages stays in their cards.
     */
    private void showCards(boolean editable, boolean reviewer) {
        cards.removeAll();
        for (var row : sheet.rows().subList(pager.from(), pager.to())) {
            cards.add(created.computeIfAbsent(row.indicator().id(), id -> {
                IndicatorEntry entry = new IndicatorEntry(row, this::preview, () -> showHistory(
                        ChangeSubject.INDICATOR, id, row.indicator().name()),
                        () -> new IndicatorSettingsDialog(row, judging, () -> load(sheet.period())).open());
                entry.setEditable(editable);
                entry.settings.setVisible(reviewer);
                rows.add(entry);
                return entry;
            }));
        }
    }

    /** Turns to the page of the indicator, so that an error on it is seen. */
    private void showPageOf(long indicatorId) {
        for (int index = 0; index < sheet.rows().size(); index++) {
            if (sheet.rows().get(index).indicator().id() == indicatorId) {
                pager.showPageOf(index);
                return;
            }
        }
    }

    /** Colours a row as soon as a value is entered, without storing anything. */
    private void preview(IndicatorEntry entry) {
        entry.clearErrors();
        RowPreview preview = monitoring.preview(sheet.project().id(), sheet.period(), entry.entry());
        if (preview.evaluation() != null) {
            entry.setStatus(preview.evaluation().status());
        } else {
            preview.errors().forEach(error -> entry.showError(error.field(), message(error)));
        }
    }

    SheetInput input() {
        return new SheetInput(
                rows.stream().filter(IndicatorEntry::hasInput).map(IndicatorEntry::entry).toList(),
                spending.stream().filter(SpendingEntryRow::hasInput).map(SpendingEntryRow::entry).toList(),
                executionReason.isVisible() ? executionReason.getValue() : null, sheet.report().version());
    }

    void save() {
        act(() -> monitoring.save(sheet.project().id(), sheet.period(), input(), EntryMode.CHECKED),
                "entry.saved");
    }

    void submit() {
        clearErrors();
        try {
            show(review.submit(sheet.project().id(), sheet.period(), sheet.report().version()));
            notify(getTranslation("entry.submitted"), NotificationVariant.LUMO_SUCCESS);
        } catch (MonitoringValidationException invalid) {
            showErrors(invalid.getErrors());
        } catch (StaleEditException | ReportLockedException | OptimisticLockingFailureException changed) {
            // Someone saved, submitted or reviewed the quarter first (or at the same moment): submit carries no
            // input of its own, so show the quarter as it now is.
            reloadAfterOthersActed();
        }
    }

    /** Runs a save or submit; refused inputs, a stale edit or a locked quarter are shown, nothing else changes. */
    private void act(java.util.function.Supplier<PeriodSheet> action, String successKey) {
        clearErrors();
        try {
            show(action.get());
            notify(getTranslation(successKey), NotificationVariant.LUMO_SUCCESS);
        } catch (MonitoringValidationException invalid) {
            showErrors(invalid.getErrors());
        } catch (StaleEditException stale) {
            showConflict(stale);
        } catch (ReportLockedException locked) {
            // The typed values stay on the page, so that nothing is lost from view.
            notify(getTranslation("monitoring.locked", ChangeWords.stateName(this, locked.getState())),
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
        Notification notification = Notification.show(message, 0, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.addClassName("entry-changed-meanwhile");
        banner.say(message);
    }

    private void review(boolean approved) {
        try {
            show(approved ? review.approve(sheet.project().id(), sheet.period(), reviewComment.getValue())
                    : review.returnToStaff(sheet.project().id(), sheet.period(), reviewComment.getValue()));
            notify(getTranslation(approved ? "entry.approved" : "entry.returned"), NotificationVariant.LUMO_SUCCESS);
        } catch (MonitoringValidationException invalid) {
            reviewComment.setErrorMessage(message(invalid.getErrors().getFirst()));
            reviewComment.setInvalid(true);
        } catch (ReportLockedException | OptimisticLockingFailureException changed) {
            reloadAfterOthersActed();
        }
    }

    private void clearErrors() {
        rows.forEach(IndicatorEntry::clearErrors);
        spending.forEach(SpendingEntryRow::clearErrors);
        executionReason.setInvalid(false);
    }

    /**
     * Shows each refusal next to the input of its field: the indicator's card (turning to its page first, for the
     * first refused indicator), the sub-item's line, the year-end reason.
     */
    private void showErrors(List<FieldError> errors) {
        errors.stream().map(FieldError::field).filter(FieldRef.OfIndicator.class::isInstance)
                .map(field -> ((FieldRef.OfIndicator) field).indicatorId()).findFirst()
                .filter(id -> rows.stream().noneMatch(row -> row.indicator.id() == id && row.isAttached()))
                .ifPresent(this::showPageOf);
        for (FieldError error : errors) {
            switch (error.field()) {
                case FieldRef.OfIndicator field -> rows.stream()
                        .filter(row -> row.indicator.id() == field.indicatorId()).findFirst()
                        .ifPresent(row -> row.showError(field, message(error)));
                case FieldRef.Spending field -> spending.stream()
                        .filter(row -> row.item.id() == field.budgetItemId()).findFirst()
                        .ifPresent(row -> row.showError(field, message(error)));
                case FieldRef.Report.EXECUTION_REASON -> {
                    executionReason.setVisible(true);
                    executionReason.setErrorMessage(message(error));
                    executionReason.setInvalid(true);
                }
                default -> {
                    // The path's quarter or year, a review comment, the weights: no input of this form.
                }
            }
        }
        notify(getTranslation("entry.invalid", errors.size()), NotificationVariant.LUMO_ERROR);
    }

    /** Someone saved this quarter meanwhile: say who changed what; the user's input stays on the page. */
    private void showConflict(StaleEditException stale) {
        String message = ChangeWords.conflict(this, stale, sheet);
        Notification conflict = Notification.show(message, 15000, Notification.Position.MIDDLE);
        conflict.addThemeVariants(NotificationVariant.LUMO_ERROR);
        banner.say(message);
    }

    private void showHistory(ChangeSubject subject, long id, String title) {
        new HistoryDialog(title, monitoring.history(subject, id, sheet.period())).open();
    }

    private String message(FieldError error) {
        return EntryValidators.message(this, error);
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    PeriodSheet sheet() {
        return sheet;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("entry.title") + " | " + getTranslation("app.title");
    }
}
