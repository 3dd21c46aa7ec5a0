package org.perfgoals.project.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.perfgoals.base.ui.RowClicks;
import org.perfgoals.base.ui.Formats;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectService;
import org.perfgoals.project.ProjectSummary;
import org.perfgoals.security.Role;

/** All projects, filtered by year and unit and searched by name; rows are fetched page by page. */
@Route("projects")
@Menu(title = "nav.projects", order = 1, icon = "vaadin:folder-open")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
class ProjectListView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<String> unit = new ComboBox<>();
    final TextField search = new TextField();
    final Grid<ProjectSummary> grid = new Grid<>();

    private final ProjectService projects;

    ProjectListView(ProjectService projects) {
        this.projects = projects;
        setSizeFull();
        add(new H2(getTranslation("projects.title")), filters(), grid);
        configureGrid();
        refresh();
    }

    private HorizontalLayout filters() {
        year.setLabel(getTranslation("projects.filter.year"));
        year.setItems(projects.years());
        year.setClearButtonVisible(true);
        unit.setLabel(getTranslation("projects.filter.unit"));
        unit.setItems(projects.units());
        unit.setClearButtonVisible(true);
        unit.setWidth("22rem");
        search.setLabel(getTranslation("projects.filter.search"));
        search.setPlaceholder(getTranslation("projects.filter.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        year.addValueChangeListener(event -> refresh());
        unit.addValueChangeListener(event -> refresh());
        search.addValueChangeListener(event -> refresh());
        HorizontalLayout filters = new HorizontalLayout(year, unit, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void configureGrid() {
        grid.addColumn(ProjectSummary::year).setHeader(getTranslation("project.year")).setKey("year")
                .setSortProperty("year").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProjectSummary::unit).setHeader(getTranslation("project.unit")).setKey("unit")
                .setSortProperty("department").setWidth("16rem").setFlexGrow(1).setResizable(true)
                .setTooltipGenerator(ProjectSummary::unit);
        grid.addColumn(ProjectSummary::name).setHeader(getTranslation("project.name")).setKey("name")
                .setSortProperty("name").setWidth("20rem").setFlexGrow(2).setResizable(true)
                .setTooltipGenerator(ProjectSummary::name);
        grid.addColumn(summary -> Formats.text(summary.projectType()))
                .setHeader(getTranslation("project.type")).setKey("type")
                .setSortProperty("projectType").setAutoWidth(true);
        grid.addColumn(summary -> Formats.yuan(this, summary.currentYearBudget()))
                .setHeader(getTranslation("project.currentYearBudget")).setKey("budget")
                .setSortProperty("currentYearBudget")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(ProjectSummary::indicatorCount)
                .setHeader(getTranslation("projects.indicatorCount")).setKey("indicators")
                .setSortProperty("indicatorCount").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::warningBadge)
                .setHeader(getTranslation("projects.warningCount")).setKey("warnings")
                .setSortProperty("warningCount").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        RowClicks.open(grid, summary -> grid.getUI().ifPresent(ui -> ui.navigate(ProjectView.class,
                ProjectView.parameters(summary.id()))));
    }

    private Span warningBadge(ProjectSummary summary) {
        Span badge = new Span(String.valueOf(summary.warningCount()));
        badge.getElement().getThemeList().add(summary.warningCount() > 0 ? "badge warning" : "badge contrast");
        return badge;
    }

    private void refresh() {
        ProjectFilter filter = new ProjectFilter(year.getValue(), unit.getValue(), search.getValue());
        grid.setItems(query -> projects.list(filter, toSpringPageRequest(query)).stream(),
                query -> (int) projects.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title") + " | " + getTranslation("app.title");
    }
}
