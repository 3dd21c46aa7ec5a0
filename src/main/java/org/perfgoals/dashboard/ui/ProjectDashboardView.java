package org.perfgoals.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.perfgoals.alert.AlertRecord;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.AlertText;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.base.ui.Formats;
import org.perfgoals.base.ui.LiveUpdates;
import org.perfgoals.base.ui.PageNotFoundException;
import org.perfgoals.base.ui.RouteParameter;
import org.perfgoals.project.ProjectQueries;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.perfgoals.base.ui.RouteLink;
import org.perfgoals.base.ui.Texts;
import org.perfgoals.chart.Annotation;
import org.perfgoals.chart.ApexChart;
import org.perfgoals.chart.ChartConfig;
import org.perfgoals.chart.Series;
import org.perfgoals.chart.StatusColors;
import org.perfgoals.chart.ValueFormat;
import org.perfgoals.dashboard.DashboardService;
import org.perfgoals.export.MonitoringDownload;
import org.perfgoals.monitoring.MonitoringProperties;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.indicator.domain.TargetWording;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ProjectHeader;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.wording.MonitoringWording;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.project.BudgetItemRecord;
import org.perfgoals.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * A project's dashboard: budget composition and budget against spending per sub-item, execution by quarter against
 * time progress, every quantitative indicator's quarters against its target, and the chosen quarter's status
 * table with causes and measures.
 */
@Route("dashboard/:projectId/:year?/:quarter?")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.MANAGER_NAME})
class ProjectDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<Integer> quarter = new Select<>();
    final List<ApexChart> charts = new ArrayList<>();
    final Grid<StatusRow> table = new Grid<>();
    /** Indicator charts created at once, and per click on {@link #moreCharts}. */
    static final int CHARTS_AT_ONCE = 12;
    /** Up to this many rows a table shows all; beyond, it scrolls and renders only the visible rows. */
    static final int ALL_ROWS_UP_TO = 50;
    Button moreCharts;

    /** A line of the status table as text: the table keeps no entities in the session. */
    record StatusRow(String name, String reading, Status status, String cause, String measures, String likelihood) {
    }
    ApexChart composition;
    ApexChart budgetVsSpent;
    ApexChart execution;
    List<PeriodSheet> year = List.of();
    PeriodSheet chosen;
    private Status shownStatus;
    private long shownProject;
    private int shownYear;

    Anchor download;
    private final DashboardService dashboards;
    private final ProjectQueries projects;
    private final QuarterEntryService monitoring;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AlertService alerts;
    private final TranslationProvider messages;
    private String title = "";
    /** {@link #stamp()} when the dashboard was shown. */
    private List<Long> shownStamp = List.of();
    /** The execution rate (in %) under which the year end needs a reason: configured, drawn as a line. */
    private final BigDecimal yearEndFloor;

    ProjectDashboardView(DashboardService dashboards, QuarterEntryService monitoring, AlertService alerts,
                         TranslationProvider messages, ProjectQueries projects, MonitoringProperties settings,
                         LiveUpdates live) {
        this.yearEndFloor = settings.yearEndExecutionFloor().multiply(HUNDRED).stripTrailingZeros();
        this.dashboards = dashboards;
        this.projects = projects;
        this.monitoring = monitoring;
        this.alerts = alerts;
        this.messages = messages;
        addClassName("project-dashboard");
        live.subscribe(this, this::refreshIfChanged);
        quarter.setLabel(getTranslation("entry.quarter"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> q == null ? "" : getTranslation("entry.quarterLabel", q));
        quarter.addValueChangeListener(event -> {
            if (event.isFromClient() && shownProject > 0) {
                UI.getCurrent().navigate("dashboard/" + shownProject + "/" + shownYear + "/" + event.getValue());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        charts.clear();
        // A bad id, year or quarter goes to the error view; no quarter is the third, no year the project's own.
        long projectId = RouteParameter.number(event, "projectId").orElseThrow();
        int q = RouteParameter.quarter(event).orElse(3);
        int projectYear = projects.yearOf(projectId)
                .orElseThrow(() -> new PageNotFoundException("project.notFound"));
        int y = RouteParameter.year(event, projectYear);
        try {
            year = dashboards.projectYear(projectId, y);
        } catch (AccessDeniedException denied) {
            showMessage(getTranslation("dashboard.denied"));
            return;
        }
        chosen = year.get(q - 1);
        quarter.setValue(q);
        show();
        // The charts and the table hold what they show; the loaded quarters need not stay in the session.
        shownStatus = chosen.projectStatus();
        shownProject = chosen.project().id();
        shownYear = chosen.period().year();
        shownStamp = stamp();
        year = List.of();
        chosen = null;
    }

    /**
     * A change was stored somewhere: when it is this project's (its quarter's report or its active alerts), show the
     * dashboard anew; two small queries otherwise.
     */
    void refreshIfChanged() {
        if (shownProject > 0 && !stamp().equals(shownStamp)) {
            UI.getCurrent().refreshCurrentRoute(false);
        }
    }

    /** What moves when the project's figures do: the shown quarter's report version and the active alert count. */
    private List<Long> stamp() {
        return List.of(monitoring.report(shownProject, Period.quarter(shownYear, quarter.getValue())).version(),
                alerts.count(new AlertFilter(null, null, null, shownProject, null, null, true)));
    }

    private void showMessage(String text) {
        title = text;
        Paragraph message = new Paragraph(text);
        message.addClassName("dashboard-message");
        add(message);
    }

    private void show() {
        ProjectHeader project = chosen.project();
        long projectId = project.id();
        // The weights as loaded: a save over someone else's later change is refused, naming them.
        long weightsVersion = project.version();
        title = project.name();
        H2 heading = new H2(project.name());
        MonitoringWording said = new MonitoringWording(this::getTranslation);
        heading.addClassName("project-name");
        HorizontalLayout header = new HorizontalLayout(quarter,
                StatusLight.of(chosen.projectStatus(), said.status(chosen.projectStatus())),
                new Span(getTranslation("entry.summary", Formats.percent(chosen.timeProgress()),
                        Formats.percent(chosen.executionRate()),
                        said.status(chosen.projectStatus()))));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        download = new Anchor(MonitoringDownload.of(monitoring, project.id(), chosen.period(), getLocale()),
                getTranslation("export.download"));
        download.addClassName("export-download");
        Button print = new Button(getTranslation("dashboard.print"), click -> UI.getCurrent().getPage()
                .executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.addClassName("print-button");
        HorizontalLayout actions = new HorizontalLayout(download, print);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.addClassName("dashboard-actions");
        add(RouteLink.to("projects/" + project.id(), getTranslation("dashboard.toProject")), heading,
                new Span(project.unit()), header, actions);
        add(new H3(getTranslation("dashboard.budget")), budgetCharts(project));
        add(new H3(getTranslation("dashboard.indicators")), indicatorCharts());
        add(new H3(getTranslation("dashboard.table", getTranslation("entry.quarterLabel", quarter.getValue()))),
                statusTable());
        add(new H3(getTranslation("project.alerts")), alertList(project));
        add(new H3(getTranslation("score.title", getTranslation("entry.quarterLabel", quarter.getValue()))),
                new SelfEvaluationPanel(chosen, dashboards.canChangeWeights(project.unit()),
                        (scheme, points) -> {
                            dashboards.changeWeights(projectId, scheme, points, weightsVersion);
                            // Everything on the page is scored anew: show it again.
                            UI.getCurrent().refreshCurrentRoute(false);
                        }));
    }

    private FlexLayout budgetCharts(ProjectHeader project) {
        String locale = getLocale().toLanguageTag();
        List<BudgetItemRecord> items = project.budgetItems();
        composition = chart(ChartConfig.donut(items.stream().map(BudgetItemRecord::name).toList(),
                new Series(getTranslation("budget.amount"), items.stream().map(BudgetItemRecord::amount).toList()),
                ValueFormat.YUAN, locale, getTranslation("budget.total"), getTranslation("budget.none"))
                .withTitle(getTranslation("budget.title")), "chart-composition");
        budgetVsSpent = chart(ChartConfig.bars(items.stream().map(BudgetItemRecord::name).toList(), List.of(
                        new Series(getTranslation("budget.amount"),
                                items.stream().map(BudgetItemRecord::amount).toList()),
                        new Series(getTranslation("dashboard.spent"), chosen.budget().stream()
                                .map(row -> row.spentSoFar()).toList())),
                ValueFormat.YUAN, locale, getTranslation("budget.none")).horizontalBars()
                .withTitle(getTranslation("dashboard.budgetVsSpent")), "chart-budget-vs-spent");
        execution = chart(executionChart(locale), "chart-execution");
        FlexLayout layout = new FlexLayout(composition, budgetVsSpent, execution);
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.addClassName("dashboard-charts");
        return layout;
    }

    /**
     * Execution rate per quarter as bars coloured by their verdict, time progress as a line. A quarter for which no
     * spending was entered has no bar (its cumulative rate would only repeat the quarter before, coloured as if
     * judged): it reads as no data.
     */
    private ChartConfig executionChart(String locale) {
        List<BigDecimal> rates = year.stream().map(sheet -> sheet.spendingEntered() ? sheet.executionRate() : null)
                .toList();
        List<String> colors = year.stream().map(sheet -> !sheet.spendingEntered() || sheet.budgetEvaluation() == null
                ? StatusColors.GREY : MonitoringWording.colours(sheet.budgetEvaluation().status()).solid()).toList();
        return ChartConfig.bars(IndicatorCharts.QUARTERS, List.of(
                        new Series(getTranslation("dashboard.executionRate"), rates).asColumns().colored(colors),
                        new Series(getTranslation("dashboard.timeProgress"),
                                year.stream().map(PeriodSheet::timeProgress).toList()).asLine()),
                ValueFormat.PERCENT, locale, getTranslation("budget.none"))
                .withAnnotations(List.of(Annotation.line(yearEndFloor,
                        getTranslation("dashboard.yearEndFloor", yearEndFloor.toPlainString()), StatusColors.YELLOW)))
                .withRange(0d, 110d).withTitle(getTranslation("dashboard.execution"));
    }

    /**
     * The indicators' charts, the first {@link #CHARTS_AT_ONCE} at once and more on request: a browser tab draws a
     * dozen charts quickly but not hundreds. The configurations are plain data, made once; only charts shown exist.
     */
    private VerticalLayout indicatorCharts() {
        Div grid = new Div();
        grid.addClassName("indicator-charts");
        java.util.Deque<ChartConfig> waiting = chosen.rows().stream().map(SheetRow::indicator)
                .map(indicator -> IndicatorCharts.of(this, indicator, year))
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayDeque::new));
        moreCharts = new Button();
        moreCharts.addClassName("more-charts");
        moreCharts.addClickListener(click -> showCharts(grid, waiting));
        showCharts(grid, waiting);
        VerticalLayout box = new VerticalLayout(grid, moreCharts);
        box.setPadding(false);
        return box;
    }

    private void showCharts(Div grid, java.util.Deque<ChartConfig> waiting) {
        for (int i = 0; i < CHARTS_AT_ONCE && !waiting.isEmpty(); i++) {
            grid.add(chart(waiting.removeFirst().withHeight(230), "chart-indicator"));
        }
        moreCharts.setVisible(!waiting.isEmpty());
        moreCharts.setText(getTranslation("dashboard.moreCharts", Math.min(CHARTS_AT_ONCE, waiting.size()),
                waiting.size()));
    }

    private Grid<StatusRow> statusTable() {
        TargetWording wording = new TargetWording(this::getTranslation);
        table.addColumn(StatusRow::name).setHeader(getTranslation("indicator.name")).setWidth("12rem").setFlexGrow(1);
        table.addColumn(StatusRow::reading).setHeader(getTranslation("indicator.reading")).setWidth("14rem")
                .setFlexGrow(1);
        // Text with a part name for the colour: no components per row to keep in the session.
        table.addColumn(row -> "● " + new MonitoringWording(this::getTranslation).status(row.status()))
                .setHeader(getTranslation("overview.status")).setAutoWidth(true)
                .setPartNameGenerator(row -> "status-" + row.status().name().toLowerCase(java.util.Locale.ROOT));
        table.addColumn(StatusRow::cause).setHeader(getTranslation("entry.cause")).setWidth("12rem");
        table.addColumn(StatusRow::measures).setHeader(getTranslation("entry.measures")).setWidth("14rem");
        table.addColumn(StatusRow::likelihood).setHeader(getTranslation("entry.likelihood")).setAutoWidth(true);
        table.setItems(chosen.rows().stream().map(row -> statusRow(row, wording)).toList());
        // A short table shows whole; a long one scrolls inside a fixed height, rendering only what is seen.
        if (chosen.rows().size() <= ALL_ROWS_UP_TO) {
            table.setAllRowsVisible(true);
        } else {
            table.setHeight("40em");
        }
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addClassName("status-table");
        return table;
    }

    private StatusRow statusRow(SheetRow row, TargetWording wording) {
        MonitoringWording said = new MonitoringWording(this::getTranslation);
        var value = row.current();
        return new StatusRow(row.indicator().name(), wording.describe(row.indicator().target()),
                row.evaluation().status(), said.cause(value),
                value == null || value.measures() == null ? "" : value.measures(), said.likelihood(value));
    }

    /** The project's active alerts, newest first. */
    private com.vaadin.flow.component.Component alertList(ProjectHeader project) {
        List<AlertRecord> active = alerts.list(AlertFilter.activeOfProject(project.id()),
                PageRequest.of(0, 50, Sort.by(Sort.Order.desc("updatedAt"))));
        if (active.isEmpty()) {
            return new Paragraph(getTranslation("project.alerts.none"));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("dashboard-alerts");
        active.forEach(alert -> list.add(new ListItem(Texts.labelled(this,
                getTranslation("alertType." + alert.type().name()), AlertText.message(alert, messages, getLocale())))));
        return list;
    }

    private ApexChart chart(ChartConfig config, String className) {
        ApexChart chart = new ApexChart(config);
        chart.addClassName("dashboard-chart");
        chart.addClassName(className);
        charts.add(chart);
        return chart;
    }

    Status status() {
        return shownStatus;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
