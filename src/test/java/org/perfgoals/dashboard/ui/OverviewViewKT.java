package org.perfgoals.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.base.ui.NotAllowedPage;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertService;
import org.perfgoals.chart.ChartType;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectService;
import org.perfgoals.project.ProjectSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class OverviewViewKT extends KaribuTest {

    @Autowired
    private ProjectService projects;
    @Autowired
    private QuarterEntryService monitoring;
    @Autowired
    private AlertService alerts;

    private String tile(String key) {
        Div tile = _get(Div.class, spec -> spec.withClasses("tile").withAttribute("data-tile", key));
        return _get(tile, Span.class, spec -> spec.withClasses("tile-value")).getText();
    }

    /** The figures of Q3, computed the slow way: every project's sheet, row by row. */
    private List<PeriodSheet> sheetsOfQ3() {
        List<PeriodSheet> sheets = new ArrayList<>();
        for (ProjectSummary summary : projects.list(new ProjectFilter(2019, null, null), Pageable.unpaged())) {
            sheets.add(monitoring.sheet(summary.id(), Period.quarter(2019, 3)));
        }
        return sheets;
    }

    @Test
    void the_tiles_equal_the_figures_computed_from_every_projects_sheet() {
        login("leader");
        UI.getCurrent().navigate("overview");
        OverviewView view = _get(OverviewView.class);
        assertThat(view.quarter.getValue()).isEqualTo(3);
        assertThat(view.due.getText()).as("the reporting calendar's day").isEqualTo("本季度报送截止 2019-10-10（已过）");
        List<PeriodSheet> sheets = sheetsOfQ3();
        assertThat(tile("projects")).isEqualTo(String.valueOf(sheets.size()));
        BigDecimal budget = sheets.stream().map(sheet -> sheet.project().currentYearBudget())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(tile("budget")).isEqualTo(new java.text.DecimalFormat("#,##0").format(budget) + " 元");
        BigDecimal spent = sheets.stream().map(PeriodSheet::spentSoFar).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rate = spent.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
        assertThat(tile("execution")).isEqualTo(rate.stripTrailingZeros().toPlainString() + " %");

        List<SheetRow> typed = sheets.stream().flatMap(sheet -> sheet.rows().stream())
                .filter(row -> !row.derived()).toList();
        long green = typed.stream().filter(row -> row.evaluation().status() == Status.GREEN
                || row.evaluation().status() == Status.BLUE).count();
        long yellow = typed.stream().filter(row -> row.evaluation().status() == Status.YELLOW).count();
        long red = typed.stream().filter(row -> row.evaluation().status() == Status.RED).count();
        assertThat(view.overview().tiles().green()).isEqualTo(green);
        assertThat(view.overview().tiles().yellow()).isEqualTo(yellow);
        assertThat(view.overview().tiles().red()).isEqualTo(red).isPositive();
        assertThat(view.overview().tiles().indicators()).isEqualTo(typed.size());
        assertThat(Long.parseLong(tile("alerts"))).isEqualTo(alerts.count(new AlertFilter(null, null, null, null,
                null, null, true)));

        List<BigDecimal> slices = view.verdicts.getConfig().series().getFirst().data();
        assertThat(slices).usingElementComparator(BigDecimal::compareTo).containsExactly(BigDecimal.valueOf(green),
                BigDecimal.valueOf(yellow), BigDecimal.valueOf(red), BigDecimal.valueOf(typed.size() - green - yellow
                        - red));
        assertThat(view.verdicts.getConfig().totalLabel()).as("the centre counts indicators").isEqualTo("指标数");
    }

    @Test
    void every_project_has_its_row_its_status_and_its_line_in_the_heatmap() {
        login("admin");
        UI.getCurrent().navigate("overview");
        OverviewView view = _get(OverviewView.class);
        List<PeriodSheet> sheets = sheetsOfQ3();
        assertThat(view.overview().projects()).hasSize(sheets.size());
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(view.grid)).isEqualTo(sheets.size());
        for (PeriodSheet sheet : sheets) {
            var row = view.overview().projects().stream().filter(r -> r.id() == sheet.project().id())
                    .findFirst().orElseThrow();
            assertThat(row.spent()).isEqualByComparingTo(sheet.spentSoFar());
        }
        assertThat(view.heatmap.getConfig().type()).isEqualTo(ChartType.HEATMAP);
        assertThat(view.heatmap.getConfig().series()).hasSize(sheets.size());
        assertThat(view.heatmap.getConfig().labels()).containsExactly("Q1", "Q2", "Q3", "Q4");
        assertThat(view.heatmap.getConfig().series()).as("nobody reported Q4: no data, not a verdict")
                .allSatisfy(line -> assertThat(line.data().get(3)).isEqualByComparingTo(
                        java.math.BigDecimal.valueOf(Status.NO_DATA.severity())));
        assertThat(view.overview().projects()).allSatisfy(row -> assertThat(row.quarterStatus().get(3))
                .isNotEqualTo(Status.NO_DATA));
        assertThat(view.byUnit.getConfig().labels()).hasSize(5);
        _setValue(view.status, Status.RED);
        assertThat(view.overview().projects()).allSatisfy(row -> assertThat(row.status()).isEqualTo(Status.RED));
    }

    @Test
    void a_manager_sees_only_the_own_units_projects() {
        login("manager");
        UI.getCurrent().navigate("overview");
        OverviewView view = _get(OverviewView.class);
        assertThat(view.unit.isReadOnly()).isTrue();
        assertThat(view.overview().projects()).extracting(row -> row.unit())
                .containsOnly("上海市人力资源和社会保障局咨询服务中心");
    }

    @Test
    void staff_cannot_open_the_overview_or_a_dashboard() {
        login("staff");
        UI.getCurrent().navigate("overview");
        assertThat(_find(NotAllowedPage.class)).as("refused with the translated error view").hasSize(1);
        assertThat(_find(OverviewView.class)).isEmpty();
        UI.getCurrent().navigate("dashboard/1/2019/2");
        assertThat(_find(NotAllowedPage.class)).hasSize(1);
        assertThat(_find(ProjectDashboardView.class)).isEmpty();
    }

    @Test
    void each_projects_score_in_the_overview_equals_its_own_self_evaluation() {
        login("leader");
        UI.getCurrent().navigate("overview");
        OverviewView view = _get(OverviewView.class);
        for (PeriodSheet sheet : sheetsOfQ3()) {
            var row = view.overview().projects().stream().filter(r -> r.id() == sheet.project().id())
                    .findFirst().orElseThrow();
            var own = org.perfgoals.monitoring.sheet.Scores.evaluate(sheet);
            assertThat(row.score()).as(sheet.project().name()).isEqualByComparingTo(own.total());
            assertThat(row.grade()).isEqualTo(own.grade());
        }
    }
}
