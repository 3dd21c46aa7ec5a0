package org.perfgoals.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;

/**
 * A grid column's width in {@code em} is resolved against each cell's own font, and the header's is smaller than the
 * rows': the values then stand under the heading of the column before. Widths are given in {@code rem} or px.
 */
class GridColumnWidthsKT extends KaribuTest {

    @Test
    void noGridColumnOfTheMainViewsIsSizedInEm() {
        login("admin");
        for (String route : List.of("alerts", "projects", "overview", "admin/users", "admin/audit", "profile")) {
            UI.getCurrent().navigate(route);
            List<Grid> grids = _find(Grid.class);
            for (Grid<?> grid : grids) {
                grid.getColumns().forEach(column -> assertThat(column.getWidth()).as(route + " " + column.getKey())
                        .satisfiesAnyOf(width -> assertThat(width).isNull(),
                                width -> assertThat(width).doesNotMatch("[0-9.]+em")));
            }
        }
    }
}
