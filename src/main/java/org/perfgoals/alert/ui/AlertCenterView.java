package org.perfgoals.alert.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import java.util.stream.IntStream;
import org.perfgoals.alert.AlertRecord;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertService;
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

/** 预警中心: every alert, filtered by status, type, unit, project and period; open one to acknowledge or resolve. */
@Route("alerts")
@Menu(title = "nav.alerts", order = 3, icon = "vaadin:bell")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
class AlertCenterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

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

    AlertCenterView(AlertService alerts, TranslationProvider messages) {
        this.alerts = alerts;
        this.messages = messages;
        setSizeFull();
        addClassName("alert-center");
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
        grid.addItemClickListener(click -> open(click.getItem()));
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

    void refresh() {
        AlertFilter filter = filter();
        grid.setItems(query -> {
            Sort sort = VaadinSpringDataHelpers.toSpringDataSort(query);
            return alerts.list(filter, PageRequest.of(query.getPage(), query.getPageSize(),
                    sort.isSorted() ? sort.and(NEWEST_FIRST) : NEWEST_FIRST)).stream();
        }, query -> (int) alerts.count(filter));
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
