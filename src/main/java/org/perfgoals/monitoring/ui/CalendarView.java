package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.perfgoals.monitoring.CalendarAdministration;
import org.perfgoals.base.ui.OpenDialog;
import org.perfgoals.monitoring.CalendarException;
import org.perfgoals.monitoring.ReportingCalendarService;
import org.perfgoals.monitoring.domain.ReportingCalendar;
import org.perfgoals.monitoring.domain.ReportingRound;

/**
 * 报送日历: per year, the day each quarter's report is due (the default, or a day an admin set) and the extra rounds
 * (1–7月); move a day, add or remove a round, give a quarter its default again. ADMIN only.
 */
@Route("admin/calendar")
@Menu(title = "nav.calendar", order = 75, icon = "vaadin:calendar")
@RolesAllowed("ADMIN")
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Grid<ReportingRound> grid = new Grid<>();
    final Button add = new Button();
    final Paragraph rule = new Paragraph();
    /** The dialog open now, if any. */
    final OpenDialog<RoundDialog> dialog = new OpenDialog<>();

    private final ReportingCalendarService calendars;
    private final CalendarAdministration administration;
    private final Clock clock;
    private final PeriodNames names = new PeriodNames(this::getTranslation);

    CalendarView(ReportingCalendarService calendars, CalendarAdministration administration, Clock clock) {
        this.calendars = calendars;
        this.administration = administration;
        this.clock = clock;
        setSizeFull();
        addClassName("calendar-admin");
        LocalDate today = LocalDate.now(clock);
        List<Integer> years = calendars.years(today);
        year.setLabel(getTranslation("calendar.view.year"));
        year.setItems(years);
        year.setValue(years.contains(today.getYear()) ? today.getYear() : years.getLast());
        year.addValueChangeListener(change -> refresh());
        add.setText(getTranslation("calendar.view.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> dialog.open(RoundDialog.adding(administration, year.getValue(),
                () -> done("calendar.view.added"))));
        HorizontalLayout bar = new HorizontalLayout(year, add);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("calendar.view.title")), rule, bar, grid);
        configureGrid();
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(round -> names.of(round.period())).setHeader(getTranslation("calendar.view.period"))
                .setWidth("10rem").setFlexGrow(0).setKey("period");
        grid.addColumn(round -> round.due().toString()).setHeader(getTranslation("calendar.view.due"))
                .setWidth("9rem").setFlexGrow(0).setKey("due");
        grid.addColumn(this::source).setHeader(getTranslation("calendar.view.source")).setFlexGrow(1)
                .setKey("source");
        grid.addColumn(this::left).setHeader(getTranslation("calendar.view.left")).setFlexGrow(1).setKey("left");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("calendar.view.actions")).setWidth("14rem")
                .setFlexGrow(0).setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
    }

    private String source(ReportingRound round) {
        return round.extra() ? getTranslation("calendar.view.source.extra")
                : round.setByAdmin() ? getTranslation("calendar.view.source.set")
                : getTranslation("calendar.view.source.default");
    }

    private String left(ReportingRound round) {
        long days = round.daysLeft(LocalDate.now(clock));
        return days < 0 ? getTranslation("calendar.view.left.passed", -days)
                : days == 0 ? getTranslation("calendar.view.left.today")
                : getTranslation("calendar.view.left.days", days);
    }

    private HorizontalLayout actions(ReportingRound round) {
        Button move = OpenDialog.rowAction(this, "calendar.view.move", () -> move(round));
        HorizontalLayout actions = new HorizontalLayout(move);
        if (round.setByAdmin()) {
            Button reset = OpenDialog.rowAction(this, round.extra() ? "calendar.view.remove" : "calendar.view.reset",
                    () -> reset(round));
            if (round.extra()) {
                reset.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            actions.add(reset);
        }
        actions.setSpacing(false);
        return actions;
    }

    void move(ReportingRound round) {
        dialog.open(RoundDialog.moving(administration, round, names.of(round.period()),
                () -> done("calendar.view.moved")));
    }

    void reset(ReportingRound round) {
        try {
            administration.reset(round.period().year(), round.period().endMonth());
            done(round.extra() ? "calendar.view.removed" : "calendar.view.wasReset");
        } catch (CalendarException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.getArgs().toArray()));
            refresh();
        }
    }

    private void done(String message) {
        refresh();
        Notification.show(getTranslation(message));
    }

    void refresh() {
        ReportingCalendar calendar = calendars.calendar(year.getValue());
        rule.setText(getTranslation("calendar.view.rule", calendar.defaultDays()));
        grid.setItems(calendar.rounds());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.view.title") + " | " + getTranslation("app.title");
    }
}
