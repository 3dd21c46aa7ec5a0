package org.perfgoals.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedProjects;
import org.perfgoals.base.ui.NotFoundPage;
import org.perfgoals.chart.ApexChart;
import org.perfgoals.chart.Series;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.domain.scoring.WeightScheme;
import org.perfgoals.monitoring.WeightsService;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectDashboardViewKT extends KaribuTest {

    @Autowired
    private ProjectService projects;
    @Autowired
    private QuarterEntryService monitoring;
    @Autowired
    private WeightsService weights;
    @Autowired
    private org.perfgoals.dashboard.DashboardService dashboards;

    private long idOf(String name) {
        return SystemAuthentication.call(() -> SeedProjects.id(projects, name));
    }

    @Test
    void the_charts_carry_the_projects_figures() {
        login("leader");
        long hotline = idOf(SeedProjects.HOTLINE_Q);
        UI.getCurrent().navigate("dashboard/" + hotline + "/2019/2");
        ProjectDashboardView view = _get(ProjectDashboardView.class);
        assertThat(view.composition.getConfig().labels()).hasSize(6).contains("咨询员费用");
        Series spent = view.budgetVsSpent.getConfig().series().get(1);
        assertThat(spent.data().getFirst()).isEqualByComparingTo(monitoring.sheet(hotline, Period.quarter(2019, 2))
                .budget().getFirst().spentSoFar());
        Series rates = view.execution.getConfig().series().getFirst();
        for (int quarter = 1; quarter <= 3; quarter++) {
            assertThat(rates.data().get(quarter - 1)).isEqualByComparingTo(
                    monitoring.sheet(hotline, Period.quarter(2019, quarter)).executionRate());
        }
        assertThat(rates.colors()).hasSize(4);
        assertThat(monitoring.sheet(hotline, Period.quarter(2019, 4)).budget())
                .as("no spending entered for Q4").allSatisfy(row -> assertThat(row.current()).isNull());
        assertThat(rates.data().get(3)).as("an unreported quarter has no bar").isNull();
        assertThat(rates.colors().get(3)).isEqualTo(org.perfgoals.chart.StatusColors.GREY);
        assertThat(view.execution.getConfig().series().get(1).data())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("25"), new BigDecimal("50"), new BigDecimal("75"),
                        new BigDecimal("100"));

        ApexChart executionRow = view.charts.stream().filter(chart -> chart.getConfig().title() != null
                && chart.getConfig().title().startsWith("预算执行率")).findFirst().orElseThrow();
        List<BigDecimal> derived = executionRow.getConfig().series().getFirst().data();
        assertThat(derived.get(2)).as("Q3 had spending: its cumulative rate")
                .isEqualByComparingTo(monitoring.sheet(hotline, Period.quarter(2019, 3)).executionRate());
        assertThat(derived.get(3)).as("Q4 had none: no point repeating Q3").isNull();
        Series forecast = executionRow.getConfig().series().stream()
                .filter(series -> "全年预计（建议）".equals(series.name())).findFirst().orElseThrow();
        BigDecimal suggested = monitoring.sheet(hotline, Period.quarter(2019, 3)).rows().stream()
                .filter(row -> row.derived()).findFirst().orElseThrow().forecast().value();
        assertThat(forecast.dashed()).as("the forecast is drawn dashed").isTrue();
        assertThat(forecast.data().subList(0, 2)).as("no forecast before the last reported quarter")
                .containsOnlyNulls();
        assertThat(forecast.data().get(2)).as("it starts from Q3's actual").isEqualByComparingTo(derived.get(2));
        assertThat(forecast.data().get(3)).as("and ends at Q3's suggestion").isEqualByComparingTo(suggested);
        assertThat(suggested).as("a forecast other than the last actual").isNotEqualByComparingTo(derived.get(2));
        assertThat(executionRow.getConfig().series().getFirst().dashed()).as("the actuals are solid").isNull();

        ApexChart connection = view.charts.stream().filter(chart -> chart.getConfig().title() != null
                && chart.getConfig().title().startsWith("综合接通率")).findFirst().orElseThrow();
        assertThat(connection.getConfig().series().getFirst().data().get(1)).isEqualByComparingTo("76.5");
        assertThat(connection.getConfig().annotations().getFirst().y()).isEqualByComparingTo("80");
        ApexChart fault = view.charts.stream().filter(chart -> "二级故障".equals(chart.getConfig().title()))
                .findFirst().orElseThrow();
        assertThat(fault.getConfig().series()).extracting(Series::name).containsExactly("响应时间", "故障处理时间");
        assertThat(fault.getConfig().annotations()).extracting(a -> a.y().intValue()).containsExactly(30, 180);
        assertThat(view.table.getListDataView().getItemCount()).isEqualTo(17);
        assertThat(view.download.getHref()).as("the xlsx export is offered").isNotBlank();
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class).stream()
                .map(com.vaadin.flow.component.html.ListItem::getText))
                .anySatisfy(text -> assertThat(text).startsWith("未达标").contains("综合接通率"));
    }

    @Test
    void a_manager_of_another_unit_finds_no_such_project() {
        login("manager");
        UI.getCurrent().navigate("dashboard/" + idOf(SeedProjects.SOCIAL_INSURANCE) + "/2019/2");
        assertThat(_get(NotFoundPage.class).getElement().getTextRecursively()).contains("找不到该项目。")
                .doesNotContain(SeedProjects.SOCIAL_INSURANCE);
        assertThat(_find(ProjectDashboardView.class)).isEmpty();
    }

    @Test
    void the_manager_of_the_unit_sees_the_dashboard() {
        login("manager");
        UI.getCurrent().navigate("dashboard/" + idOf(SeedProjects.HOTLINE_Q) + "/2019/3");
        ProjectDashboardView view = _get(ProjectDashboardView.class);
        assertThat(view.charts).hasSize(15);
        assertThat(view.quarter.getValue()).isEqualTo(3);
        assertThat(view.status())
                .isEqualTo(monitoring.sheet(idOf(SeedProjects.HOTLINE_Q), Period.quarter(2019, 3)).projectStatus());
    }

    /** The hotline project's self-evaluation in a quarter, as the logged-in user sees it. */
    private SelfEvaluationPanel hotlinePanel(int quarter) {
        UI.getCurrent().navigate("dashboard/" + idOf(SeedProjects.HOTLINE_Q) + "/2019/" + quarter);
        return _get(SelfEvaluationPanel.class);
    }

    @Test
    void the_self_evaluation_says_which_weights_it_used_and_a_manager_can_switch_them() {
        login("manager");
        long hotline = idOf(SeedProjects.HOTLINE_Q);
        SelfEvaluationPanel panel = hotlinePanel(3);
        assertThat(panel.evaluation.scorable()).isTrue();
        assertThat(panel.evaluation.total()).isEqualByComparingTo("98.6");
        assertThat(panel.evaluation.breakdown()).extracting(line -> rounded(line.weight())).containsOnly(25);
        assertThat(panel.weights.getText()).contains("各级指标等权");
        assertThat(panel.scheme.isVisible()).isTrue();

        dashboards.changeWeights(hotline, WeightScheme.NATIONAL, null, null);
        SelfEvaluationPanel national = hotlinePanel(2);
        assertThat(national.evaluation.breakdown()).extracting(line -> rounded(line.weight()))
                .containsExactlyInAnyOrder(10, 50, 30, 10);
        assertThat(national.weights.getText()).contains("国家方案");
        dashboards.changeWeights(hotline, WeightScheme.EQUAL, null, null);
    }

    @Test
    void leaders_see_the_score_but_cannot_change_the_weights() {
        login("leader");
        UI.getCurrent().navigate("dashboard/" + idOf(SeedProjects.HOTLINE_Q) + "/2019/3");
        assertThat(_get(SelfEvaluationPanel.class).scheme.isVisible()).isFalse();
        assertThat(_get(SelfEvaluationPanel.class).custom).isNull();
    }

    @Test
    void a_manager_gives_each_level1_points_of_their_own_and_bad_points_store_nothing() {
        login("manager");
        long hotline = idOf(SeedProjects.HOTLINE_Q);
        SelfEvaluationPanel panel = hotlinePanel(3);
        assertThat(panel.custom.isVisible()).isFalse();
        _setValue(panel.scheme, WeightScheme.CUSTOM);
        CustomWeightsForm form = panel.custom;
        assertThat(form.isVisible()).isTrue();
        assertThat(form.fields).hasSize(4);
        List<String> level1s = List.copyOf(form.fields.keySet());
        assertThat(form.fields.values()).extracting(TextField::getValue).containsOnly("25");

        type(form, "40", "30", "20", "20");
        assertThat(form.total.getText()).isEqualTo("合计：110 分");
        _click(form.save);
        assertThat(form.error.getText()).isEqualTo("各一级指标分值合计应为 100，现为 110");
        assertThat(weights.weighting(hotline).scheme().name()).as("nothing stored").isEqualTo("equal");

        type(form, "4o", "30", "20", "10");
        _click(form.save);
        TextField letter = form.fields.get(level1s.getFirst());
        assertThat(letter.isInvalid()).isTrue();
        assertThat(letter.getErrorMessage()).isEqualTo("“4o”不是数字");
        assertThat(weights.weighting(hotline).scheme().name()).isEqualTo("equal");

        type(form, "40", "30", "20", "10");
        _click(form.save);
        SelfEvaluationPanel after = _get(SelfEvaluationPanel.class);
        assertThat(after).as("the page shows the new weights").isNotSameAs(panel);
        assertThat(after.weights.getText()).contains("自定义").contains(level1s.getFirst() + " 40");
        assertThat(after.evaluation.breakdown()).extracting(line -> rounded(line.weight()))
                .containsExactly(40, 30, 20, 10);
        assertThat(weights.weighting(hotline).level1Points().values()).extracting(ProjectDashboardViewKT::rounded)
                .containsExactly(40, 30, 20, 10);
        assertThat(after.custom.isVisible()).as("the unit's points stay open for editing").isTrue();

        // Someone else changes the weights meanwhile: this page's save is refused and names them.
        SystemAuthentication.run(() -> dashboards.changeWeights(hotline, WeightScheme.NATIONAL, null, null));
        type(after.custom, "10", "20", "30", "40");
        _click(after.custom.save);
        assertThat(after.custom.error.getText()).startsWith("权重已于").endsWith("请刷新页面后再保存");
        assertThat(weights.weighting(hotline).scheme().name()).as("the other change stands").isEqualTo("national");
        dashboards.changeWeights(hotline, WeightScheme.EQUAL, null, null);
    }

    private static int rounded(BigDecimal weight) {
        return weight.setScale(0, java.math.RoundingMode.HALF_UP).intValue();
    }

    private static void type(CustomWeightsForm form, String... values) {
        int i = 0;
        for (TextField field : form.fields.values()) {
            _setValue(field, values[i++]);
        }
    }
}
