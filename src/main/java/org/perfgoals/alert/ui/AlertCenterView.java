package org.perfgoals.alert.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.perfgoals.base.ui.RowClicks;
import org.perfgoals.alert.AlertRecord;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertService;
import org.perfgoals.base.ui.LiveUpdates;
import org.perfgoals.alert.AlertStatus;
import org.perfgoals.alert.AlertText;
import org.perfgoals.alert.AlertType;
import org.perfgoals.alert.AlertedProject;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.base.ui.Texts;
import org.perfgoals.security.Role;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 预警中心: every alert, filtered by status, type, unit, project and period; open one to acknowledge or resolve. */
@Route("alerts")
@Menu(title = "nav.alerts", order = 3, icon = "vaadin:bell")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
class AlertCenterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final Logger LOG = LoggerFactory.getLogger(AlertCenterView.class);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    final Select<AlertStatus> status = new Select<>();
    final Select<AlertType> type = new Select<>();
    final ComboBox<String> unit = new ComboBox<>();
    final ComboBox<AlertedProject> project = new ComboBox<>();
    final Select<Integer> quarter = new Select<>();
    final Grid<AlertRecord> grid = new Grid<>();

    private final AlertService alerts;
    private final TranslationProvider messages;

    AlertCenterView(AlertService alerts, TranslationProvider messages, LiveUpdates live) {
        this.alerts = alerts;
        this.messages = messages;
        setSizeFull();
        addClassName("alert-center");
        // An alert raised, acknowledged or closed by anyone, on any node: the list follows, filters kept.
        live.subscribe(this, this::refresh);
        add(new H2(getTranslation("alerts.title")), filters(), grid);
        configureGrid();
    }

    private HorizontalLayout filters() {
        status.setLabel(getTranslation("alerts.filter.status"));
        status.setItems(AlertStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "" : getTranslation("alertStatus." + value.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("alerts.filter.activeOnly"));
        type.setLabel(getTranslation("alerts.filter.type"));
        type.setItems(AlertType.values());
        type.setItemLabelGenerator(value -> value == null ? "" : getTranslation("alertType." + value.name()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("alerts.filter.all"));
        unit.setLabel(getTranslation("alerts.filter.unit"));
        unit.setItems(alerts.units());
        unit.setClearButtonVisible(true);
        unit.setWidth("18rem");
        project.setLabel(getTranslation("alerts.filter.project"));
        project.setItems(alerts.alertedProjects());
        project.setItemLabelGenerator(AlertedProject::projectName);
        project.setClearButtonVisible(true);
        project.setWidth("20rem");
        quarter.setLabel(getTranslation("alerts.filter.quarter"));
        quarter.setItems(IntStream.rangeClosed(1, 4).boxed().toList());
        quarter.setItemLabelGenerator(q -> q == null ? "" : getTranslation("entry.quarterLabel", q));
        quarter.setEmptySelectionAllowed(true);
        quarter.setEmptySelectionCaption(getTranslation("alerts.filter.all"));
        status.addValueChangeListener(event -> refresh());
        type.addValueChangeListener(event -> refresh());
        unit.addValueChangeListener(event -> refresh());
        project.addValueChangeListener(event -> refresh());
        quarter.addValueChangeListener(event -> refresh());
        HorizontalLayout filters = new HorizontalLayout(status, type, unit, project, quarter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void configureGrid() {
        // Fixed widths, no measured ones: a width measured after the rows arrived was seen applied to the rows but
        // not to the header, which left every value under the heading of the column before it.
        grid.addComponentColumn(this::typeBadge).setHeader(getTranslation("alerts.type")).setWidth("10rem")
                .setFlexGrow(0).setKey("type");
        grid.addColumn(alert -> getTranslation("alertStatus." + alert.status().name()))
                .setHeader(getTranslation("alerts.status")).setWidth("6rem").setFlexGrow(0).setKey("status");
        grid.addColumn(AlertRecord::projectName).setHeader(getTranslation("alerts.project")).setWidth("16rem")
                .setFlexGrow(2).setKey("project").setResizable(true)
                .setTooltipGenerator(alert -> Texts.parenthesised(this, alert.projectName(), alert.unit()));
        grid.addColumn(alert -> alert.subjectName() == null ? "—" : alert.subjectName())
                .setHeader(getTranslation("alerts.subject")).setWidth("10rem").setFlexGrow(1).setKey("subject")
                .setResizable(true);
        grid.addColumn(alert -> AlertText.period(alert, messages, getLocale()))
                .setHeader(getTranslation("alerts.period")).setWidth("9rem").setFlexGrow(0).setKey("period");
        grid.addColumn(AlertRecord::targetText).setHeader(getTranslation("alerts.target")).setKey("target")
                .setWidth("11rem").setResizable(true).setTooltipGenerator(AlertRecord::targetText);
        grid.addColumn(AlertRecord::actualText).setHeader(getTranslation("alerts.actual")).setKey("actual")
                .setWidth("9rem").setResizable(true).setTooltipGenerator(AlertRecord::actualText);
        grid.addColumn(alert -> WHEN.format(alert.updatedAt())).setHeader(getTranslation("alerts.updated"))
                .setWidth("11rem").setFlexGrow(0).setKey("updated").setSortProperty("updatedAt");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        RowClicks.open(grid, this::open);
    }

    private Span typeBadge(AlertRecord alert) {
        Span badge = new Span(getTranslation("alertType." + alert.type().name()));
        badge.getElement().getThemeList().add(switch (alert.type()) {
            case TARGET_MISSED, OVER_BUDGET -> "badge error";
            case TARGET_AT_RISK, BUDGET_BEHIND_TIME -> "badge warning";
            case DATA_OVERDUE -> "badge contrast";
        });
        if (alert.demo()) {
            badge.setText(badge.getText() + " · " + getTranslation("alerts.demo"));
        }
        return badge;
    }

    void open(AlertRecord alert) {
        new AlertDialog(alerts.get(alert.id()).orElseThrow(), alerts, messages, this::refresh).open();
    }

    AlertFilter filter() {
        AlertedProject chosen = project.getValue();
        Integer q = quarter.getValue();
        return new AlertFilter(status.getValue(), type.getValue(), unit.getValue(),
                chosen == null ? null : chosen.projectId(), null, q == null ? null : q * 3,
                status.getValue() == null ? Boolean.TRUE : null);
    }

    /**
     * A new lazy list for the filters as they are now: counted once (not again when only the sort changes), pages
     * read by offset from the index of their order, the far half from its other end. A failure of the database
     * (pool exhausted, query timeout) leaves an empty grid and a notice instead of a broken page.
     */
    void refresh() {
        AlertFilter filter = filter();
        long[] total = {-1};
        grid.setItems(query -> {
            Sort sort = VaadinSpringDataHelpers.toSpringDataSort(query);
            PageRequest page = PageRequest.of(query.getPage(), query.getPageSize(),
                    sort.isSorted() ? sort : NEWEST_FIRST);
            return unlessUnavailable(() -> total[0] < 0 ? alerts.list(filter, page)
                    : alerts.list(filter, page, total[0]), List.<AlertRecord>of()).stream();
        }, query -> {
            if (total[0] < 0) {
                total[0] = unlessUnavailable(() -> alerts.count(filter), -1L);
            }
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, total[0]));
        });
    }

    /** What {@code read} answers, or {@code fallback} and a notice when the database cannot answer now. */
    private <T> T unlessUnavailable(Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (DataAccessException | TransactionException unavailable) {
            LOG.warn("Alert list unavailable: {}", unavailable.toString());
            Notification.show(getTranslation("alerts.unavailable"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return fallback;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("project").map(Long::valueOf)
                .flatMap(id -> alerts.alertedProjects().stream().filter(p -> p.projectId() == id).findFirst())
                .ifPresent(project::setValue);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.title") + " | " + getTranslation("app.title");
    }
}
