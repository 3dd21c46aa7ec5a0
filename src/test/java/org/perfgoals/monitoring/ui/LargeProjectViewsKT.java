package org.perfgoals.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.QueryParameters;
import org.perfgoals.chart.ApexChart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.LargeForm;
import org.perfgoals.importer.ImportService;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * A form of 150 indicators: the entry view creates one page of cards at a time and keeps what was typed on the
 * others, the dashboard draws a dozen charts at a time, long tables and the indicator tree scroll. Imports a
 * project, so the context is thrown away.
 */
class LargeProjectViewsKT extends KaribuTest {

    static final String NAME = "大型测试项目";
    static final int INDICATORS = 150;

    @Autowired
    private ImportService importer;
    @Autowired
    private ProjectService projects;

    @BeforeEach
    void importTheLargeForm() {
        login("admin");
        if (projects.list(new ProjectFilter(null, null, NAME), Pageable.unpaged()).isEmpty()) {
            assertThat(importer.importFile(LargeForm.of(NAME, INDICATORS), false).errors()).isEmpty();
        }
    }

    private long id() {
        return projects.list(new ProjectFilter(null, null, NAME), Pageable.unpaged()).getFirst().id();
    }

    @Test
    void the_entry_view_shows_twenty_cards_a_page_and_keeps_what_was_typed_on_other_pages() {
        login("staff");
        UI.getCurrent().navigate("monitoring/" + id() + "/2019/1");
        EntryView view = _get(EntryView.class);
        assertThat(view.rows).as("only the first page's cards exist").hasSize(EntryView.PAGE_SIZE);
        assertThat(view.cards.getComponentCount()).isEqualTo(20);
        assertThat(view.pager.top.isVisible()).isTrue();
        assertThat(view.pager.top.getChildren().filter(c -> c.hasClassName("pager-position")).findFirst()
                .orElseThrow().getElement().getText()).isEqualTo("第 1 / 8 页（共 150 项）");
        IndicatorEntry first = view.rows.getFirst();
        _setValue(first.value, "85");

        view.pager.go(7);
        assertThat(view.cards.getComponentCount()).as("the last page").isEqualTo(10);
        assertThat(view.rows).hasSize(30);
        view.pager.go(0);
        assertThat(view.rows).as("cards are made once").hasSize(30);
        assertThat(view.input().actuals()).singleElement()
                .satisfies(entry -> assertThat(entry.indicatorId()).isEqualTo(first.indicator.id()));
    }

    @Test
    void the_table_mode_shows_fifty_rows_a_page_pastes_within_it_and_turns_to_the_page_of_a_refused_row() {
        login("staff");
        UI.getCurrent().navigate("monitoring/" + id() + "/2019/1", QueryParameters.of("mode", "table"));
        EntryView view = _get(EntryView.class);
        EntryTable table = view.indicators.table;
        assertThat(table.pages.shown).hasSize(EntryTable.PAGE_SIZE);
        EntryTableRow last = table.pages.shown.getLast();
        table.paste(last.fields.indicator.id(), 0, "81\n82\n83\n");
        assertThat(last.fields.value.getValue()).isEqualTo("81");
        assertThat(table.pages.rows).as("no row of the next page made").hasSize(EntryTable.PAGE_SIZE);

        table.pages.pager.go(2);
        EntryTableRow far = table.pages.shown.getFirst();
        _setValue(far.fields.value, "9a8");
        table.pages.pager.go(0);
        _click(view.save);
        assertThat(table.pages.pager.page()).as("the page of the refused row").isEqualTo(2);
        assertThat(far.fields.value.isInvalid()).isTrue();
        assertThat(far.fields.value.getErrorMessage()).contains("9a8");
    }

    @Test
    void the_dashboard_draws_twelve_indicator_charts_and_more_on_request() {
        login("manager");
        UI.getCurrent().navigate("dashboard/" + id() + "/2019/1");
        assertThat(_find(ApexChart.class, spec -> spec.withClasses("chart-indicator"))).hasSize(12);
        Button more = _get(Button.class, spec -> spec.withClasses("more-charts"));
        assertThat(more.getText()).isEqualTo("再显示 12 个指标（还有 138 个）");
        _click(more);
        assertThat(_find(ApexChart.class, spec -> spec.withClasses("chart-indicator"))).hasSize(24);
        assertThat(more.getText()).isEqualTo("再显示 12 个指标（还有 126 个）");
        assertThat(_get(Grid.class, spec -> spec.withClasses("status-table")).isAllRowsVisible())
                .as("the status table scrolls").isFalse();
    }

    @Test
    void the_project_page_scrolls_its_indicator_tree_instead_of_rendering_every_row() {
        login("admin");
        UI.getCurrent().navigate("projects/" + id());
        TreeGrid<?> tree = _get(TreeGrid.class, spec -> spec.withClasses("indicator-tree"));
        assertThat(tree.isAllRowsVisible()).isFalse();
        assertThat(tree.getHeight()).isEqualTo("40em");
    }
}
