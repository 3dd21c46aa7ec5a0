package org.perfgoals.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.perfgoals.importer.domain.FormReaderTestSupport.issues;
import static org.perfgoals.importer.domain.FormReaderTestSupport.names;
import static org.perfgoals.importer.domain.FormReaderTestSupport.seedBytes;

import org.perfgoals.SeedProjects;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five real forms of the seed file, field by field. */
class SeedFormsTest {

    private static ParseResult result;

    @BeforeAll
    static void readSeed() {
        result = new FormReader().read(seedBytes());
    }

    private static FormData form(int number) {
        return result.forms().get(number - 1);
    }

    @Test
    void the_seed_holds_five_forms_and_no_error() {
        assertThat(result.forms()).extracting(FormData::formNumber).containsExactly(1, 2, 3, 4, 5);
        assertThat(result.forms()).extracting(FormData::firstLine).containsExactly(3, 53, 100, 134, 177);
        assertThat(result.errors()).isEmpty();
        assertThat(result.forms()).allSatisfy(form -> {
            assertThat(form.year()).isEqualTo(2019);
            assertThat(form.startDate()).isEqualTo(LocalDate.of(2019, 1, 1));
            assertThat(form.endDate()).isEqualTo(LocalDate.of(2019, 12, 31));
        });
    }

    @Test
    void departments_and_names_are_read_without_the_stamp() {
        assertThat(result.forms()).extracting(FormData::unit).containsExactly(
                "上海市人力资源和社会保障局咨询服务中心", "上海市就业促进中心", "上海市社会保险事业管理中心",
                "上海市职业技能鉴定中心", "上海市人才服务中心");
        assertThat(result.forms()).extracting(FormData::name).containsExactly(
                SeedProjects.HOTLINE, SeedProjects.TRAINING, SeedProjects.SOCIAL_INSURANCE, SeedProjects.COMMISSIONED,
                SeedProjects.WORK_PERMITS);
    }

    @Test
    void project_type_and_fund_use_follow_the_ticked_box_whichever_side_it_is_on() {
        assertThat(result.forms()).extracting(FormData::projectType, FormData::fundUse).containsExactly(
                tuple("经常性专项业务费", "其他事业专业类"),
                tuple(null, "政府购买服务"),
                tuple("其他经常性项目", null),
                tuple("经常性专项业务费", "政府购买服务"),
                tuple("经常性专项业务费", "其他事业专业类"));
    }

    @Test
    void checkbox_problems_of_the_seed_are_warned_about_in_the_right_form_and_line() {
        assertThat(issues(result, "checkbox.unlabeled")).singleElement().satisfies(issue -> {
            assertThat(issue.formNumber()).isEqualTo(2);
            assertThat(issue.projectName()).isEqualTo(SeedProjects.TRAINING);
            assertThat(issue.line()).isEqualTo(60);
            assertThat(issue.args()).containsExactly("项目类型", "1");
        });
        assertThat(issues(result, "fundUse.none")).extracting(ImportIssue::formNumber).containsExactly(3);
        assertThat(issues(result, "projectType.none")).isEmpty();
        assertThat(issues(result, "checkbox.missing")).singleElement().satisfies(issue -> {
            assertThat(issue.formNumber()).isEqualTo(4);
            assertThat(issue.args()).containsExactly("项目类型", "其他一次性项目");
        });
    }

    @Test
    void budgets_of_this_and_last_year_are_kept() {
        assertThat(result.forms()).extracting(FormData::totalBudget, FormData::currentYearBudget,
                FormData::previousYearBudget, FormData::previousYearExecuted).containsExactly(
                tuple(yuan(71387200), yuan(71387200), yuan(33513600), yuan(33513600)),
                tuple(yuan(3511500), yuan(3511500), yuan(5430000), yuan(2373044)),
                tuple(yuan(18372648), yuan(18372648), yuan(0), yuan(0)),
                tuple(yuan(13035400), yuan(13035400), yuan(11374400), yuan(11108102)),
                tuple(yuan(5205200), yuan(5205200), yuan(3852080), yuan(3586471)));
    }

    @Test
    void sub_items_are_read_with_their_amounts_and_lines() {
        assertThat(result.forms()).extracting(form -> form.budgetItems().size()).containsExactly(6, 8, 6, 3, 3);
        assertThat(form(1).budgetItems().getFirst()).isEqualTo(new BudgetItemData("咨询员费用", yuan(52315200), 22));
        assertThat(form(2).budgetItems().getLast().name()).isEqualTo("专业教研活动 - 2019年度高技能人才培养基地资助项目管理");
        assertThat(form(3).budgetItems()).extracting(BudgetItemData::amount).containsExactly(
                yuan(4136800), yuan(557200), yuan(9280170), yuan(581802), yuan(87075), yuan(3729600));
        assertThat(form(5).budgetItems()).extracting(BudgetItemData::name, BudgetItemData::amount).containsExactly(
                tuple("外国人来华工作许可受理审批体系工作经费", yuan(2406080)),
                tuple("外国人来华工作许可综合服务保障工作经费", yuan(2700000)),
                tuple("外国人来华工作许可培训经费", yuan(99120)));
    }

    @Test
    void sub_items_that_do_not_add_up_are_reported_with_both_sums() {
        assertThat(issues(result, "budget.sum.mismatch")).singleElement().satisfies(issue -> {
            assertThat(issue.formNumber()).isEqualTo(3);
            assertThat(issue.projectName()).isEqualTo(SeedProjects.SOCIAL_INSURANCE);
            assertThat(issue.args()).containsExactly("18,372,647", "18,372,648", "1");
            assertThat(issue.line()).isEqualTo(120);
        });
    }

    @Test
    void contacts_are_read_where_the_form_gives_them() {
        assertThat(form(3).owner()).isNull();
        assertThat(form(3).contact()).isEqualTo("谢振宇");
        assertThat(form(3).phone()).isEqualTo("63678103");
        assertThat(form(1).contact()).isNull();
    }

    @Test
    void free_texts_are_read_and_paragraph_markup_becomes_line_breaks() {
        assertThat(form(1).overview()).startsWith("上海市人力资源和社会保障局咨询服务中心为进一步提升");
        assertThat(form(1).legalBasis()).startsWith("1、国家发改委");
        assertThat(form(1).necessity()).startsWith("建设上海市人社局12333热线");
        assertThat(form(1).safeguards()).startsWith("此项目是由上海市人力资源和社会保障局主管");
        assertThat(form(1).implementationPlan()).startsWith("此项目的实施贯穿2019年全年度");
        assertThat(form(1).overallGoal()).startsWith("面向社会实行365天24小时");
        assertThat(form(1).annualGoal()).doesNotContain("<p>", "</p>").hasLineCount(3)
                .startsWith("1. 产出目标：").endsWith("3. 影响力目标：提升群众服务的满意度。");
        assertThat(form(3).safeguards()).startsWith("关于印发《上海市社保中心行政经费预算管理暂行办法》");
        assertThat(form(4).overview()).hasLineCount(2);
        assertThat(form(5).annualGoal()).contains("投诉事件率<2%； 4、外国人（台港澳）来华工作受理率>98%");
        assertThat(result.forms()).extracting(FormData::remark).containsOnlyNulls();
    }

    @Test
    void indicator_counts_follow_the_tables() {
        assertThat(result.forms()).extracting(form -> form.indicators().size()).containsExactly(17, 8, 2, 13, 12);
    }

    @Test
    void indicators_of_form_1_take_their_level_1_from_the_category_even_before_a_page_break() {
        assertThat(form(1).indicators()).extracting(IndicatorData::level1, IndicatorData::level2,
                IndicatorData::name, indicator -> indicator.target().raw(), IndicatorData::line).startsWith(
                tuple("投入和管理目标", "项目实施管理", "系统建设完成率", "=100%", 33),
                tuple("投入和管理目标", "资金投入管理", "专款专用率", "=100%", 34),
                tuple("投入和管理目标", "资金投入管理", "预算执行率", "≥98%", 35),
                tuple("产出目标", "数量目标", "综合接通率", "≥80.00%", 36),
                tuple("产出目标", "数量目标", "招聘人员完成率", "100.00%", 37),
                tuple("产出目标", "数量目标", "服务人员培训率", "=100%", 38),
                tuple("产出目标", "质量目标", "质量控制合格率", "$\\geq 98.00\\%$", 40));
        assertThat(form(1).indicators().getLast()).extracting(IndicatorData::level1, IndicatorData::level2,
                IndicatorData::name).containsExactly("影响力目标", "满意度目标", "公众满意度");
        assertThat(form(1).indicators().get(9).target().raw()).isEqualTo("响应时间： ≤ 30 分钟内，故障处理时间 ≤ 180 分钟");
    }

    @Test
    void indicators_of_form_2_skip_rows_without_target_and_name_rows_from_the_second_level() {
        assertThat(form(2).indicators()).extracting(IndicatorData::level1, IndicatorData::name).containsExactly(
                tuple("投入和管理目标", "预算执行率"), tuple("投入和管理目标", "项目立项依据充分性"),
                tuple("投入和管理目标", "资金使用合规性"), tuple("投入和管理目标", "项目管理制度健全性"),
                tuple("产出目标", "师资进修工作完成率"), tuple("产出目标", "教师进修满意度"),
                tuple("效果目标", "师资能力提升情况"), tuple("影响力目标", "沟通协调机制健全性"));
    }

    @Test
    void the_three_column_table_of_form_3_has_no_levels() {
        assertThat(form(3).indicators()).extracting(IndicatorData::level1, IndicatorData::level2,
                IndicatorData::name, indicator -> indicator.target().raw()).containsExactly(
                tuple(null, null, "财务监控的有效性", "有效"), tuple(null, null, "财务制度健全性", "健全"));
    }

    @Test
    void unnamed_indicators_of_form_4_are_named_after_what_their_target_measures() {
        List<String> names = names(form(4));
        assertThat(names).hasSize(13).doesNotHaveDuplicates().doesNotContainNull()
                .allSatisfy(name -> assertThat(name).isNotBlank().doesNotContain("数量目标", "质量目标"));
        assertThat(names).contains("预算执行率", "完成鉴定人数");
        assertThat(form(4).indicators().get(5)).extracting(IndicatorData::level1, IndicatorData::level2,
                indicator -> indicator.target().raw()).containsExactly("产出目标", "数量目标", "排除政策变动因素，完成鉴定人数40万左右");
    }

    @Test
    void names_listing_several_measures_give_one_indicator_each_in_form_5() {
        assertThat(names(form(5))).containsExactly("预算执行率", "资金使用合规性", "服务单位考核管理制度建设情况",
                "业务培训计划完成率", "采购计划完成率", "业务培训合格率", "采购合格率", "业务培训及时率", "采购完成及时率",
                "政策知晓率", "定期检查管理机制", "外国人来华工作期望、受益人群满意度");
        assertThat(form(5).indicators().subList(3, 5)).allSatisfy(indicator -> {
            assertThat(indicator.target().raw()).isEqualTo("100%");
            assertThat(indicator.line()).isEqualTo(208);
            assertThat(indicator.level1()).isEqualTo("产出目标");
        });
    }

    @Test
    void every_issue_names_its_form_project_and_line() {
        assertThat(result.issues()).allSatisfy(issue -> {
            assertThat(issue.formNumber()).isBetween(1, 5);
            assertThat(issue.projectName()).isEqualTo(form(issue.formNumber()).name());
            assertThat(issue.line()).isPositive();
        });
    }

    private static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
