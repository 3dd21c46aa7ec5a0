package org.perfgoals.unit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.perfgoals.unit.UnitAdministration;
import org.perfgoals.base.ui.OpenDialog;
import org.perfgoals.unit.UnitQueries;
import org.perfgoals.unit.UnitRecord;

/**
 * 单位管理: the unit tree with each unit's projects and users; a new unit (at the top or under another), and per unit
 * rename, move and merge, each in a dialog that shows the service's refusals on their field. ADMIN only.
 */
@Route("admin/units")
@Menu(title = "nav.units", order = 70, icon = "vaadin:sitemap")
@RolesAllowed("ADMIN")
class UnitTreeView extends VerticalLayout implements HasDynamicTitle {

    final TreeGrid<UnitRecord> grid = new TreeGrid<>();
    final Button create = new Button();
    /** The dialog open now, if any. */
    final OpenDialog<UnitDialog> dialog = new OpenDialog<>();

    private final UnitAdministration administration;
    private final UnitQueries queries;
    private List<UnitRecord> units = List.of();

    UnitTreeView(UnitAdministration administration, UnitQueries queries) {
        this.administration = administration;
        this.queries = queries;
        setSizeFull();
        addClassName("unit-admin");
        create.setText(getTranslation("unit.view.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> dialog.open(new CreateUnitDialog(administration, units, null,
                () -> done("unit.view.created"))));
        add(new H2(getTranslation("unit.view.title")), new Paragraph(getTranslation("unit.view.intro")), create,
                grid);
        configureGrid();
        refresh();
    }

    private void configureGrid() {
        grid.addHierarchyColumn(UnitRecord::name).setHeader(getTranslation("unit.view.name")).setFlexGrow(3)
                .setSortable(false).setKey("name").setTooltipGenerator(UnitRecord::name);
        grid.addColumn(UnitRecord::projects).setHeader(getTranslation("unit.view.projects")).setAutoWidth(true)
                .setFlexGrow(0).setKey("projects");
        grid.addColumn(UnitRecord::users).setHeader(getTranslation("unit.view.users")).setAutoWidth(true)
                .setFlexGrow(0).setKey("users");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("unit.view.actions")).setAutoWidth(true)
                .setFlexGrow(0).setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("unit.view.none"));
        grid.setSizeFull();
    }

    private HorizontalLayout actions(UnitRecord unit) {
        Button rename = OpenDialog.rowAction(this, "unit.view.rename", () -> rename(unit));
        Button move = OpenDialog.rowAction(this, "unit.view.move", () -> move(unit));
        Button merge = OpenDialog.rowAction(this, "unit.view.merge", () -> merge(unit));
        merge.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(rename, move, merge);
        actions.setSpacing(false);
        return actions;
    }

    void rename(UnitRecord unit) {
        dialog.open(new RenameUnitDialog(administration, unit, () -> done("unit.view.renamed")));
    }

    void move(UnitRecord unit) {
        dialog.open(new MoveUnitDialog(administration, unit, queries.outside(unit.id()),
                () -> done("unit.view.moved")));
    }

    void merge(UnitRecord unit) {
        dialog.open(new MergeUnitDialog(administration, unit, queries.outside(unit.id()), children(unit),
                () -> done("unit.view.merged")));
    }

    private long children(UnitRecord unit) {
        return units.stream().filter(other -> other.parentId() != null && other.parentId() == unit.id()).count();
    }

    private void done(String message) {
        refresh();
        Notification.show(getTranslation(message));
    }

    /** Reads the tree again (three queries) and shows it expanded. */
    void refresh() {
        units = queries.tree();
        Map<Long, UnitRecord> byId = new HashMap<>();
        TreeData<UnitRecord> data = new TreeData<>();
        for (UnitRecord unit : units) {
            byId.put(unit.id(), unit);
            data.addItem(unit.parentId() == null ? null : byId.get(unit.parentId()), unit);
        }
        grid.setTreeData(data);
        grid.expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unit.view.title") + " | " + getTranslation("app.title");
    }
}
