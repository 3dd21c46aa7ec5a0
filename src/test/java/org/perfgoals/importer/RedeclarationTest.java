package org.perfgoals.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.TargetParser;
import org.perfgoals.project.BudgetItem;
import org.perfgoals.project.Project;

class RedeclarationTest {

    private final TargetParser parser = new TargetParser();

    private Indicator indicator(String level2, String name, String target) {
        var reading = parser.parse(target);
        return new Indicator("产出目标", level2, name, target, reading.target(), reading.freeText(), 1);
    }

    private static Project project(Indicator... indicators) {
        Project project = new Project(2019, "单位", "项目");
        project.getIndicators().addAll(java.util.List.of(indicators));
        project.getBudgetItems().add(new BudgetItem("咨询员费用", new BigDecimal("100")));
        return project;
    }

    @Test
    void each_new_indicator_takes_the_place_of_the_old_one_it_matches_in_the_new_order() {
        Indicator rate = indicator("数量目标", "综合接通率", "≥80%");
        Indicator satisfaction = indicator("质量目标", "满意度", "≥90%");
        Indicator dropped = indicator("质量目标", "投诉率", "≤1%");
        rate.setAccumulation(Accumulation.CUMULATIVE);
        Project existing = project(rate, satisfaction, dropped);
        Indicator moved = indicator("时效目标", "综合接通率", "≥75%");
        Indicator added = indicator("质量目标", "回访率", "≥60%");
        Project declared = project(indicator("质量目标", "满意度", "≥92%"), moved, added);

        new Redeclaration(existing, declared).apply();

        assertThat(existing.getIndicators()).extracting(Indicator::getName)
                .containsExactly("满意度", "综合接通率", "回访率");
        assertThat(existing.getIndicators().get(0)).as("same name and levels: the old entity").isSameAs(satisfaction);
        assertThat(existing.getIndicators().get(1)).as("moved to another 二级, found by its name").isSameAs(rate);
        assertThat(rate.getLevel2()).isEqualTo("时效目标");
        assertThat(rate.getTargetText()).isEqualTo("≥75%");
        assertThat(rate.getAccumulation()).as("the manager's choice stays for the same kind of target")
                .isEqualTo(Accumulation.CUMULATIVE);
        assertThat(existing.getIndicators().get(2)).isSameAs(added);
        assertThat(existing.getIndicators()).doesNotContain(dropped);
    }

    @Test
    void a_name_used_twice_is_matched_only_by_its_levels() {
        Indicator first = indicator("数量目标", "完成率", "≥80%");
        Indicator second = indicator("质量目标", "完成率", "≥90%");
        Project existing = project(first, second);
        Project declared = project(indicator("时效目标", "完成率", "≥70%"), indicator("成本目标", "完成率", "≥60%"));

        new Redeclaration(existing, declared).apply();

        assertThat(existing.getIndicators()).as("ambiguous names take over nothing").doesNotContain(first, second);
    }

    @Test
    void budget_items_keep_their_entity_and_take_the_new_amount() {
        Project existing = project(indicator("数量目标", "综合接通率", "≥80%"));
        BudgetItem item = existing.getBudgetItems().getFirst();
        Project declared = project(indicator("数量目标", "综合接通率", "≥80%"));
        declared.getBudgetItems().set(0, new BudgetItem(" 咨询员费用 ", new BigDecimal("120")));

        new Redeclaration(existing, declared).apply();

        assertThat(existing.getBudgetItems()).containsExactly(item);
        assertThat(item.getAmount()).isEqualByComparingTo("120");
    }
}
