package org.perfgoals.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.SignedInTest;
import org.perfgoals.indicator.IndicatorRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** What the project page and the REST API read: the seed's projects as records, exactly as their forms declare. */
class ProjectQueriesTest extends SignedInTest {

    private static final String HOTLINE_UNIT = "上海市人力资源和社会保障局咨询服务中心";

    @Autowired
    private ProjectQueries queries;
    @Autowired
    private ProjectService projects;
    private ProjectDetails hotline() {
        return as("staff", () -> queries.details(SeedProjects.hotline(projects)).orElseThrow());
    }

    @Test
    void details_carry_every_fact_of_the_form() {
        ProjectDetails hotline = hotline();
        assertThat(hotline.name()).isEqualTo(SeedProjects.HOTLINE);
        assertThat(hotline.unit()).isEqualTo(HOTLINE_UNIT);
        assertThat(hotline.year()).isEqualTo(SeedProjects.YEAR);
        assertThat(hotline.projectType()).isEqualTo("经常性专项业务费");
        assertThat(hotline.fundUse()).isEqualTo("其他事业专业类");
        assertThat(hotline.startDate()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(hotline.endDate()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(hotline.totalBudget()).isEqualByComparingTo("71387200");
        assertThat(hotline.currentYearBudget()).isEqualByComparingTo("71387200");
        assertThat(hotline.previousYearBudget()).isEqualByComparingTo("33513600");
        assertThat(hotline.previousYearExecuted()).isEqualByComparingTo("33513600");
        assertThat(hotline.previousYearExecutionRate()).isEqualByComparingTo("100");
        assertThat(hotline.overallGoal()).startsWith("面向社会实行365天24小时提供人力资源和社会保障政策咨询");
    }

    @Test
    void details_carry_the_budget_items_in_form_order() {
        ProjectDetails hotline = hotline();
        assertThat(hotline.budgetItems()).extracting(BudgetItemRecord::name).containsExactly("咨询员费用", "人员管理费",
                "税金", "基础语音平台租金", "全媒体智能化叠加功能租费", "后台六大板块运维费");
        assertThat(hotline.budgetItems()).extracting(BudgetItemRecord::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("52315200"),
                        new BigDecimal("5022000"), new BigDecimal("3830000"), new BigDecimal("4400000"),
                        new BigDecimal("4320000"), new BigDecimal("1500000"));
        assertThat(hotline.budgetItemsSum()).as("the sub-items add up to the current-year budget")
                .isEqualByComparingTo("71387200");
    }

    @Test
    void details_carry_the_indicators_in_form_order() {
        List<IndicatorRecord> indicators = hotline().indicators();
        assertThat(indicators).hasSize(17);
        assertThat(indicators).extracting(IndicatorRecord::name).startsWith("系统建设完成率", "专款专用率", "预算执行率",
                "综合接通率", "招聘人员完成率", "服务人员培训率", "质量控制合格率");
        IndicatorRecord connection = indicators.get(3);
        assertThat(connection.level1()).isEqualTo("产出目标");
        assertThat(connection.level2()).isEqualTo("数量目标");
        assertThat(connection.targetText()).isEqualTo("≥80.00%");
        assertThat(connection.freeText()).isFalse();
        assertThat(indicators.get(2).isBudgetExecutionRate()).isTrue();
    }

    @Test
    void details_carry_the_import_warnings_with_their_arguments() {
        ProjectDetails socialInsurance = as("leader", () -> queries.details(
                SeedProjects.id(projects, SeedProjects.SOCIAL_INSURANCE_Q)).orElseThrow());
        assertThat(socialInsurance.warnings()).filteredOn(warning -> warning.code().equals("budget.sum.mismatch"))
                .singleElement().satisfies(warning -> assertThat(warning.args())
                        .containsExactly("18,372,647", "18,372,648", "1"));
        assertThat(socialInsurance.budgetItemsSum()).isEqualByComparingTo("18372647");
        assertThat(socialInsurance.currentYearBudget()).isEqualByComparingTo("18372648");
        assertThat(hotline().warnings()).containsExactly(
                new ImportWarningRecord("target.freeText", List.of("长效管理情况", "对项目的长期发展应该有相应的管理措施"), 48),
                new ImportWarningRecord("target.freeText", List.of("人力资源对项目可持续影响", "人力资源配备和培训应该满足可持续发展的需求"),
                        49));
    }

    @Test
    void a_page_of_details_follows_the_list_order() {
        List<ProjectDetails> page = as("leader", () -> queries.details(new ProjectFilter(SeedProjects.YEAR, null, null),
                PageRequest.of(0, 3, Sort.by("id"))));
        assertThat(page).extracting(ProjectDetails::name).containsExactly(SeedProjects.HOTLINE,
                SeedProjects.TRAINING, SeedProjects.SOCIAL_INSURANCE);
        assertThat(page.getFirst()).isEqualTo(hotline());
    }

    @Test
    void an_unknown_id_has_no_details_and_no_year() {
        assertThat(as("staff", () -> queries.details(987654))).isEmpty();
        assertThat(as("staff", () -> queries.yearOf(987654))).isEmpty();
        assertThat(as("staff", () -> queries.yearOf(SeedProjects.hotline(projects)))).contains(SeedProjects.YEAR);
    }

    @Test
    void the_details_are_values_that_cannot_be_changed() {
        ProjectDetails hotline = hotline();
        assertThatThrownBy(() -> hotline.indicators().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> hotline.budgetItems().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> hotline.warnings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void only_signed_in_people_read_projects() {
        assertThatThrownBy(() -> queries.details(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> queries.yearOf(1)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
