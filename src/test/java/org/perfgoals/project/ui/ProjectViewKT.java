package org.perfgoals.project.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedProjects;
import org.perfgoals.chart.ChartType;
import org.perfgoals.chart.Series;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectService;
import org.perfgoals.project.ProjectSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class ProjectViewKT extends KaribuTest {

    @Autowired
    private ProjectService projects;

    private long idOf(String name) {
        return projects.list(new ProjectFilter(null, null, name), Pageable.unpaged()).stream()
                .filter(summary -> summary.name().equals(name)).map(ProjectSummary::id).findFirst().orElseThrow();
    }

    private void open(String name) {
        UI.getCurrent().navigate("projects/" + idOf(name));
    }

    private String fact(String key) {
        Div fact = _get(Div.class, spec -> spec.withClasses("fact").withAttribute("data-field", key));
        return _get(fact, Span.class, spec -> spec.withClasses("fact-value")).getText();
    }

    @Test
    void the_page_shows_every_field_of_the_form() {
        login("manager");
        open(SeedProjects.HOTLINE);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withClasses("project-name")).getText())
                .isEqualTo(SeedProjects.HOTLINE);
        assertThat(fact("project.unit")).isEqualTo("上海市人力资源和社会保障局咨询服务中心");
        assertThat(fact("project.type")).isEqualTo("经常性专项业务费");
        assertThat(fact("project.fundUse")).isEqualTo("其他事业专业类");
        assertThat(fact("project.period")).isEqualTo("2019-01-01 至 2019-12-31");
        assertThat(fact("project.currentYearBudget")).isEqualTo("71,387,200 元");
        assertThat(fact("project.previousYearBudget")).isEqualTo("33,513,600 元");
        assertThat(fact("project.previousYearExecutionRate")).isEqualTo("100 %");
    }

    @Test
    void the_donut_carries_the_sub_items_as_its_series() {
        login("leader");
        open(SeedProjects.HOTLINE);
        BudgetComposition budget = _get(BudgetComposition.class);
        assertThat(budget.chart.getConfig().type()).isEqualTo(ChartType.DONUT);
        assertThat(budget.chart.getConfig().labels()).containsExactly("咨询员费用", "人员管理费", "税金",
                "基础语音平台租金", "全媒体智能化叠加功能租费", "后台六大板块运维费");
        Series slices = budget.chart.getConfig().series().getFirst();
        assertThat(slices.data()).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("52315200"), new BigDecimal("5022000"), new BigDecimal("3830000"),
                new BigDecimal("4400000"), new BigDecimal("4320000"), new BigDecimal("1500000"));
        assertThat(_size(budget.table)).isEqualTo(6);
        assertThat(budget.chart.getElement().getPropertyRaw("config")).isNotNull();
    }

    @Test
    void the_indicator_tree_groups_by_level_and_reads_each_target_in_words() {
        login("staff");
        open(SeedProjects.HOTLINE);
        IndicatorTree tree = _get(IndicatorTree.class);
        TreeData<IndicatorTree.Node> data = tree.getTreeData();
        List<IndicatorTree.Node> indicators = allNodes(data).stream().filter(IndicatorTree.Node::isIndicator).toList();
        assertThat(indicators).hasSize(17);
        IndicatorTree.Node connection = indicators.stream()
                .filter(node -> node.label().equals("综合接通率")).findFirst().orElseThrow();
        IndicatorTree.Node level2 = data.getParent(connection);
        assertThat(level2.label()).isEqualTo("数量目标");
        assertThat(data.getParent(level2).label()).isEqualTo("产出目标");
        assertThat(TargetInWords.of(tree, connection.indicator().target())).isEqualTo("≥ 80 %，越高越好");
        assertThat(data.getRootItems()).extracting(IndicatorTree.Node::label)
                .containsExactly("投入和管理目标", "产出目标", "效果目标", "影响力目标");
    }

    @Test
    void a_target_typed_in_latex_is_shown_as_the_form_prints_it_and_kept_as_typed() {
        login("staff");
        open(SeedProjects.HOTLINE);
        IndicatorTree tree = _get(IndicatorTree.class);
        IndicatorTree.Node quality = allNodes(tree.getTreeData()).stream()
                .filter(node -> node.label().equals("质量控制合格率")).findFirst().orElseThrow();
        assertThat(tree.shownTarget(quality)).isEqualTo("≥98.00%");
        assertThat(quality.indicator().targetText()).as("the raw text stays in the data").isEqualTo("$\\geq 98.00\\%$");
    }

    @Test
    void a_compound_fault_target_reads_as_both_limits() {
        login("staff");
        open(SeedProjects.HOTLINE);
        IndicatorTree tree = _get(IndicatorTree.class);
        IndicatorTree.Node fault = allNodes(tree.getTreeData()).stream()
                .filter(node -> node.label().equals("二级故障")).findFirst().orElseThrow();
        assertThat(TargetInWords.of(tree, fault.indicator().target()))
                .isEqualTo("响应时间 ≤ 30 分钟且故障处理时间 ≤ 180 分钟");
    }

    @Test
    void import_warnings_are_shown_with_both_sums() {
        login("admin");
        open(SeedProjects.SOCIAL_INSURANCE);
        List<String> warnings = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(warnings).anySatisfy(text -> assertThat(text).contains("18,372,647").contains("18,372,648"));
        assertThat(_get(Span.class, spec -> spec.withClasses("budget-mismatch")).getText()).contains("相差 1 元");
    }

    @Test
    void an_unknown_project_says_so() {
        login("staff");
        UI.getCurrent().navigate("projects/999999");
        assertThat(_get(Span.class, spec -> spec.withClasses("not-found")).getText()).isEqualTo("找不到该项目。");
    }

    @Test
    void the_page_lists_the_projects_active_alerts() {
        login("leader");
        open(SeedProjects.HOTLINE);
        ProjectAlerts alerts = _get(ProjectAlerts.class);
        List<String> items = _find(alerts, ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(items).anySatisfy(text -> assertThat(text).startsWith("未达标").contains("综合接通率")
                .contains("2019年第2季度").contains("76.5"));
    }

    private static List<IndicatorTree.Node> allNodes(TreeData<IndicatorTree.Node> data) {
        List<IndicatorTree.Node> all = new java.util.ArrayList<>();
        java.util.Deque<IndicatorTree.Node> todo = new java.util.ArrayDeque<>(data.getRootItems());
        while (!todo.isEmpty()) {
            IndicatorTree.Node node = Objects.requireNonNull(todo.poll());
            all.add(node);
            todo.addAll(data.getChildren(node));
        }
        return all;
    }
}
