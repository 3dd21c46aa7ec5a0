package org.perfgoals.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.perfgoals.base.ui.RowClicks;
import org.perfgoals.base.ui.Formats;
import org.perfgoals.base.ui.Texts;
import org.perfgoals.chart.ApexChart;
import org.perfgoals.chart.ChartConfig;
import org.perfgoals.chart.ColorRange;
import org.perfgoals.chart.Series;
import org.perfgoals.chart.StatusColors;
import org.perfgoals.chart.TopCategories;
import org.perfgoals.chart.ValueFormat;
import org.perfgoals.dashboard.DashboardService;
import org.perfgoals.dashboard.Overview;
import org.perfgoals.dashboard.OverviewFilter;
import org.perfgoals.dashboard.ProjectOverview;
import org.perfgoals.dashboard.Tiles;
import org.perfgoals.base.ui.LiveUpdates;
import org.perfgoals.monitoring.ReportingCalendarService;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.ReportingRound;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.wording.MonitoringWording;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.Role;
import org.perfgoals.security.UnitAccess;

/**
 * 总览: every project of a year at a glance for leaders (a manager sees their own unit): tiles, the projects ×
 * quarters heatmap, the portfolio's budget by unit and by fund use, and one row per project.
 */
@Route("overview")
@Menu(title = "nav.overview", order = 0, icon = "vaadin:dashboard")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.MANAGER_NAME})
class OverviewView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Select<Integer> quarter = new Select<>();
    /** Bars in the budget-by-unit chart: the largest units, the rest summed into one bar. */
    static final int UNITS_CHARTED = 15;

    final ComboBox<String> unit = new ComboBox<>();
    final Select<Status> status = new Select<>();
    final Div tiles = new Div();
    /** The chosen quarter's due day in the reporting calendar. */
    final Span due = new Span();
    final FlexLayout charts = new FlexLayout();
    final Grid<ProjectOverview> grid = new Grid<>();
    ApexChart heatmap;
    ApexChart verdicts;
    ApexChart byUnit;
    ApexChart byFundUse;
    /** What is shown; the rows themselves stay in the service's shared cache, not in the session. */
    OverviewFilter filter;

    private final DashboardService dashboards;
    private final ReportingCalendarService calendar;
    private final Clock clock;

    OverviewView(DashboardService dashboards, ProjectService projects, UnitAccess access,
                 ReportingCalendarService calendar, Clock clock, LiveUpdates live) {
        this.dashboards = dashboards;
        this.calendar = calendar;
        this.clock = clock;
        addClassName("overview-view");
        // Another user's save, submit or alert step, on any node: the tiles, charts and grid follow by themselves.
        live.subscribe(this, this::refresh);
        List<Integer> years = projects.years();
        int latest = years.isEmpty() ? java.time.Year.now().getValue() : years.getFirst();
        year.setLabel(getTranslation("overview.year"));
        year.setItems(years.isEmpty() ? List.of(latest) : years);
        year.setValue(latest);
        quarter.setLabel(getTranslation("entry.quarter"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> q == null ? "" : getTranslation("entry.quarterLabel", q));
        quarter.setValue(3);
        unit.setLabel(getTranslation("projects.filter.unit"));
        unit.setItems(dashboards.units(latest));
        unit.setClearButtonVisible(true);
        unit.setWidth("20rem");
        String ownUnit = access.ownUnit();
        if (ownUnit != null) {
            unit.setValue(ownUnit);
            unit.setReadOnly(true);
        }
        status.setLabel(getTranslation("overview.status"));
        status.setItems(Status.values());
        status.setItemLabelGenerator(s -> s == null ? "" : new MonitoringWording(this::getTranslation).status(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("alerts.filter.all"));
        List.of(year, quarter, status).forEach(field -> field.addValueChangeListener(event -> refresh()));
        unit.addValueChangeListener(event -> refresh());
        due.addClassName("overview-due");
        HorizontalLayout filters = new HorizontalLayout(year, quarter, unit, status, due);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        tiles.addClassName("tiles");
        charts.addClassName("overview-charts");
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        configureGrid();
        add(new H2(getTranslation(ownUnit == null ? "overview.title" : "overview.unitTitle")), filters, tiles,
                charts, new H3(getTranslation("overview.projects")), grid);
        refresh();
    }

    private void configureGrid() {
        // A template rendered in the browser: no server-side components per row, so a session holds only data.
        grid.addColumn(LitRenderer.<ProjectOverview>of("<span class=\"status-light\" data-status=\"${item.status}\">"
                                + "<span class=\"status-dot\" style=\"background:${item.color}\"></span>"
                                + "<span>${item.label}</span></span>")
                        .withProperty("status", row -> row.status().name())
                        .withProperty("color", row -> MonitoringWording.colours(row.status()).solid())
                        .withProperty("label", row -> new MonitoringWording(this::getTranslation).status(row.status())))
                .setHeader(getTranslation("overview.status")).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setKey("status");
        grid.addColumn(ProjectOverview::name).setHeader(getTranslation("project.name")).setWidth("16rem")
                .setFlexGrow(2).setSortable(true).setKey("name").setTooltipGenerator(ProjectOverview::name);
        grid.addColumn(ProjectOverview::unit).setHeader(getTranslation("project.unit"))
                .setWidth("12rem").setSortable(true).setKey("unit");
        grid.addColumn(row -> Formats.yuan(this, row.budget())).setHeader(getTranslation("project.currentYearBudget"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("budget").setSortable(true);
        grid.addColumn(row -> getTranslation("overview.executionVsTime", Formats.percent(row.executionRate()),
                        Formats.percent(timeProgress())))
                .setHeader(getTranslation("overview.execution")).setAutoWidth(true).setKey("execution")
                .setSortable(true);
        grid.addColumn(row -> row.shareMet() == null ? "—" : Texts.parenthesised(this,
                        row.shareMet().stripTrailingZeros().toPlainString() + " %", row.met() + "/" + row.indicators()))
                .setHeader(getTranslation("overview.shareMet")).setAutoWidth(true).setKey("met")
                .setSortable(true);
        grid.addColumn(row -> row.score() == null ? "—" : getTranslation("overview.scoreValue",
                        row.score().toPlainString(), getTranslation("grade." + row.grade().name())))
                .setHeader(getTranslation("overview.score")).setAutoWidth(true).setKey("score")
                .setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(false);
        grid.setHeight("28em");
        RowClicks.open(grid, row -> getUI().ifPresent(ui -> ui.navigate("dashboard/" + row.id()
                + "/" + year.getValue() + "/" + quarter.getValue())));
    }

    void refresh() {
        if (year.getValue() == null || quarter.getValue() == null) {
            return;
        }
        filter = new OverviewFilter(year.getValue(), quarter.getValue(), unit.getValue(), status.getValue());
        Overview overview = overview();
        showDue();
        showTiles(overview.tiles());
        showCharts(overview);
        OverviewFilter shown = filter;
        // A lazy grid: each page is cut from the shared result, so a session holds only the rows on screen.
        grid.setItems(query -> dashboards.projects(shown, order(query.getSortOrders()), query.getOffset(),
                query.getLimit()).stream(), query -> dashboards.overview(shown).projects().size());
    }

    private void showDue() {
        ReportingRound round = calendar.round(Period.quarter(filter.year(), filter.quarter()));
        long left = round.daysLeft(LocalDate.now(clock));
        due.setText(left < 0 ? getTranslation("overview.due.passed", round.due().toString())
                : getTranslation("overview.due.left", round.due().toString(), left));
    }

    /** The overview being shown, from the service's cache. */
    Overview overview() {
        return dashboards.overview(filter);
    }

    private java.math.BigDecimal timeProgress() {
        return org.perfgoals.monitoring.domain.Period.quarter(filter.year(), filter.quarter()).timeProgress();
    }

    /** The grid's sort orders as one comparator (null: the service's order). */
    private static Comparator<ProjectOverview> order(
            List<com.vaadin.flow.data.provider.QuerySortOrder> sortOrders) {
        Comparator<ProjectOverview> order = null;
        for (var sort : sortOrders) {
            Comparator<ProjectOverview> next = switch (sort.getSorted()) {
                case "status" -> Comparator.comparingInt(row -> -row.status().severity());
                case "name" -> Comparator.comparing(ProjectOverview::name);
                case "unit" -> Comparator.comparing(ProjectOverview::unit);
                case "budget" -> Comparator.comparing(ProjectOverview::budget,
                        Comparator.nullsFirst(Comparator.naturalOrder()));
                case "execution" -> Comparator.comparing(ProjectOverview::executionRate,
                        Comparator.nullsFirst(Comparator.naturalOrder()));
                case "met" -> Comparator.comparing(ProjectOverview::shareMet,
                        Comparator.nullsFirst(Comparator.naturalOrder()));
                case "score" -> Comparator.comparing(ProjectOverview::score,
                        Comparator.nullsFirst(Comparator.naturalOrder()));
                default -> null;
            };
            if (next == null) {
                continue;
            }
            if (sort.getDirection() == com.vaadin.flow.data.provider.SortDirection.DESCENDING) {
                next = next.reversed();
            }
            order = order == null ? next : order.thenComparing(next);
        }
        return order;
    }

    private void showTiles(Tiles figures) {
        tiles.removeAll();
        tiles.add(tile("projects", String.valueOf(figures.projects()), null),
                tile("budget", Formats.yuan(this, figures.budget()), null),
                tile("execution", Formats.percent(figures.executionRate()),
                        getTranslation("overview.tile.timeProgress", Formats.percent(figures.timeProgress()))),
                tile("indicators", share(figures.green(), figures.indicators()),
                        getTranslation("overview.tile.verdicts", figures.green(), figures.yellow(), figures.red(),
                                figures.noData())),
                tile("alerts", String.valueOf(figures.activeAlerts().values().stream().mapToLong(Long::longValue)
                        .sum()), alertsByType(figures.activeAlerts())));
    }

    private String alertsByType(Map<String, Long> alerts) {
        List<String> parts = new ArrayList<>();
        alerts.forEach((type, count) -> parts.add(getTranslation("alertType." + type) + " " + count));
        return Texts.series(this, parts);
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "—" : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
    }

    private Component tile(String key, String value, String detail) {
        Span label = new Span(getTranslation("overview.tile." + key));
        label.addClassName("tile-label");
        Span figure = new Span(value);
        figure.addClassName("tile-value");
        Div tile = new Div(label, figure);
        if (detail != null) {
            Span more = new Span(detail);
            more.addClassName("tile-detail");
            tile.add(more);
        }
        tile.addClassName("tile");
        tile.getElement().setAttribute("data-tile", key);
        return tile;
    }

    private void showCharts(Overview data) {
        String locale = getLocale().toLanguageTag();
        Tiles figures = data.tiles();
        ChartConfig verdictConfig = ChartConfig.donut(
                List.of(getTranslation("status.GREEN"), getTranslation("status.YELLOW"), getTranslation("status.RED"),
                        getTranslation("status.NO_DATA")),
                new Series(getTranslation("overview.tile.indicators"), List.of(BigDecimal.valueOf(figures.green()),
                        BigDecimal.valueOf(figures.yellow()), BigDecimal.valueOf(figures.red()),
                        BigDecimal.valueOf(figures.noData()))),
                // The centre shows the slices' sum, a count of indicators, not the rate the tile shows.
                ValueFormat.NUMBER, locale, getTranslation("projects.indicatorCount"), getTranslation("budget.none"))
                .withColors(List.of(StatusColors.GREEN, StatusColors.YELLOW, StatusColors.RED, StatusColors.GREY))
                .withTitle(getTranslation("overview.chart.verdicts")).withHeight(300);
        ChartConfig heat = ChartConfig.heatmap(List.of("Q1", "Q2", "Q3", "Q4"), heatRows(data), heatRanges(), locale,
                getTranslation("budget.none")).withTitle(getTranslation("overview.chart.heatmap"));
        Map<String, BigDecimal> byUnitTop = TopCategories.of(data.budgetByUnit(), UNITS_CHARTED,
                rest -> getTranslation("overview.otherUnits", rest));
        ChartConfig unitConfig = ChartConfig.bars(new ArrayList<>(byUnitTop.keySet()),
                List.of(new Series(getTranslation("budget.amount"), new ArrayList<>(byUnitTop.values()))),
                ValueFormat.YUAN, locale, getTranslation("budget.none")).horizontalBars()
                .withTitle(getTranslation("overview.chart.byUnit"));
        ChartConfig fundConfig = ChartConfig.donut(data.budgetByFundUse().keySet().stream()
                        .map(use -> use.isEmpty() ? getTranslation("project.fundUse.none") : use).toList(),
                new Series(getTranslation("budget.amount"), new ArrayList<>(data.budgetByFundUse().values())),
                ValueFormat.YUAN, locale, getTranslation("budget.total"), getTranslation("budget.none"))
                .withTitle(getTranslation("overview.chart.byFundUse")).withHeight(300);
        if (heatmap == null) {
            verdicts = chart(verdictConfig, "chart-verdicts");
            heatmap = chart(heat, "chart-heatmap");
            byUnit = chart(unitConfig, "chart-by-unit");
            byFundUse = chart(fundConfig, "chart-by-fund-use");
            charts.add(verdicts, heatmap, byUnit, byFundUse);
        } else {
            // Same charts, new data: the browser updates them in place.
            verdicts.setConfig(verdictConfig);
            heatmap.setConfig(heat);
            byUnit.setConfig(unitConfig);
            byFundUse.setConfig(fundConfig);
        }
    }

    private static ApexChart chart(ChartConfig config, String className) {
        ApexChart chart = new ApexChart(config);
        chart.addClassName("overview-chart");
        chart.addClassName(className);
        return chart;
    }

    /** One row per project (the first 60 by severity: a heatmap of thousands of rows reads as noise). */
    private List<Series> heatRows(Overview data) {
        return data.projects().stream()
                .sorted(Comparator.comparingInt((ProjectOverview row) -> -row.status().severity())
                        .thenComparing(ProjectOverview::name))
                .limit(60)
                .map(row -> new Series(row.name(), row.quarterStatus().values().stream()
                        .map(s -> BigDecimal.valueOf(s.severity())).toList()))
                .toList();
    }

    private List<ColorRange> heatRanges() {
        return List.of(range(0, 0, Status.GREEN), range(1, 1, Status.BLUE), range(2, 3, Status.NO_DATA),
                range(4, 4, Status.YELLOW), range(5, 5, Status.RED));
    }

    /** A band of the heat map (by severity) in the verdict's colour and name. */
    private ColorRange range(int from, int to, Status status) {
        return new ColorRange(from, to, MonitoringWording.colours(status).solid(),
                new MonitoringWording(this::getTranslation).status(status));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " | " + getTranslation("app.title");
    }
}
