package org.perfgoals.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.perfgoals.importer.domain.FormBuilder.TICKED;
import static org.perfgoals.importer.domain.FormBuilder.UNTICKED;
import static org.perfgoals.importer.domain.FormBuilder.form;
import static org.perfgoals.importer.domain.FormReaderTestSupport.codes;
import static org.perfgoals.importer.domain.FormReaderTestSupport.issues;
import static org.perfgoals.importer.domain.FormReaderTestSupport.names;
import static org.perfgoals.importer.domain.FormReaderTestSupport.read;
import static org.perfgoals.importer.domain.FormReaderTestSupport.single;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every layout variation of the form, each in a small hand-made form of its own. */
class FormLayoutTest {

    @Test
    void a_checkbox_before_its_label_ticks_that_label() {
        FormData form = single(form().projectType("项目类型\t" + UNTICKED + " 结转项目 " + TICKED + " 其他经常性项目").build());
        assertThat(form.projectType()).isEqualTo("其他经常性项目");
    }

    @Test
    void a_checkbox_after_its_label_ticks_that_label() {
        FormData form = single(form().projectType("项目类型\t结转项目 " + TICKED + " 其他经常性项目 " + UNTICKED).build());
        assertThat(form.projectType()).isEqualTo("结转项目");
    }

    @Test
    void checkboxes_over_two_lines_and_several_cells_are_one_field() {
        String twoLines = "项目类型\t结转项目 " + UNTICKED + "\t其他一次性项目 " + UNTICKED + "\t\n\t经常性专项业务费 "
                + UNTICKED + " 其他经常性项目 " + TICKED + "\t\t";
        FormData form = single(form().projectType(twoLines).build());
        assertThat(form.projectType()).isEqualTo("其他经常性项目");
    }

    @Test
    void checkbox_markup_is_read_whatever_the_attribute_order_and_spelling() {
        assertThat(single(form().fundUse("资金用途\t<input type='checkbox' checked> 信息化建设类 " + UNTICKED + " 资产购置类")
                .build()).fundUse()).isEqualTo("信息化建设类");
        assertThat(single(form().fundUse("资金用途\t" + UNTICKED
                        + " 信息化建设类 <INPUT  checked=\"checked\"  type=\"checkbox\" /> 资产购置类")
                .build()).fundUse()).isEqualTo("资产购置类");
    }

    @Test
    void a_ticked_box_without_a_label_leaves_the_choice_empty_and_warns() {
        ParseResult result = read(form()
                .projectType("项目类型\t结转项目 " + UNTICKED + " 其他经常性项目 " + UNTICKED + " " + TICKED).build());
        assertThat(result.forms().getFirst().projectType()).isNull();
        assertThat(issues(result, "checkbox.unlabeled")).singleElement()
                .satisfies(issue -> assertThat(issue.args()).containsExactly("项目类型", "1"));
        assertThat(codes(result)).doesNotContain("projectType.none");
    }

    @Test
    void a_label_without_a_box_does_not_shift_the_other_boxes() {
        ParseResult result = read(form().projectType("项目类型\t结转项目 " + UNTICKED + " 其他一次性项目\t\n\t经常性专项业务费 "
                + TICKED + " 其他经常性项目 " + UNTICKED).build());
        assertThat(result.forms().getFirst().projectType()).isEqualTo("经常性专项业务费");
        assertThat(issues(result, "checkbox.missing")).singleElement()
                .satisfies(issue -> assertThat(issue.args()).containsExactly("项目类型", "其他一次性项目"));
    }

    @Test
    void no_box_ticked_leaves_the_choice_empty_and_warns() {
        ParseResult result = read(form().fundUse("资金用途\t基本建设工程类 " + UNTICKED + " 政府购买服务 " + UNTICKED).build());
        assertThat(result.forms().getFirst().fundUse()).isNull();
        assertThat(issues(result, "fundUse.none")).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(ImportIssue.Severity.WARNING);
            assertThat(issue.line()).isEqualTo(10);
        });
    }

    @Test
    void several_ticked_boxes_keep_the_first_and_warn() {
        ParseResult result = read(form().fundUse("资金用途\t" + TICKED + " 政府购买服务 " + TICKED + " 资产购置类").build());
        assertThat(result.forms().getFirst().fundUse()).isEqualTo("政府购买服务");
        assertThat(issues(result, "checkbox.multiple")).singleElement()
                .satisfies(issue -> assertThat(issue.args()).containsExactly("资金用途", "政府购买服务、资产购置类", "政府购买服务"));
    }

    @Test
    void an_unknown_ticked_label_is_kept_as_written() {
        ParseResult result = read(form().fundUse("资金用途\t" + TICKED + " 其他：培训类 " + UNTICKED + " 资产购置类").build());
        assertThat(result.forms().getFirst().fundUse()).isEqualTo("其他：培训类");
        assertThat(codes(result)).contains("checkbox.unknownLabel");
    }

    @Test
    void the_stamp_is_not_part_of_the_department_however_it_is_written() {
        assertThat(single(form().unit("申报单位名称：上海市测试中心（盖章）").build()).unit()).isEqualTo("上海市测试中心");
        assertThat(single(form().unit("申报单位名称(盖章)\t上海市测试中心 (盖章)").build()).unit()).isEqualTo("上海市测试中心");
        assertThat(single(form().unit("申报单位名称\t上海市测试中心\t\t").build()).unit()).isEqualTo("上海市测试中心");
    }

    @Test
    void labels_are_found_with_spaces_full_width_colons_and_two_pairs_in_a_row() {
        FormData form = single(form().name("项 目 名 称：测试项目二")
                .period("项目负责人\t张三\t联系人\t李四\t联系电话 63678103\n开始时间\t2019-01-01\t\t结束时间\t2019-06-30")
                .build());
        assertThat(form.name()).isEqualTo("测试项目二");
        assertThat(form).extracting(FormData::owner, FormData::contact, FormData::phone)
                .containsExactly("张三", "李四", "63678103");
        assertThat(form.endDate()).isEqualTo(LocalDate.of(2019, 6, 30));
    }

    @ParameterizedTest(name = "{0} … {1}")
    @CsvSource(delimiter = '|', value = {
            "2019-1-1|2019-12-31|2019-01-01|2019-12-31",
            "2019. 1. 1|2019. 12. 31|2019-01-01|2019-12-31",
            "2019-01-01|2019-12-31|2019-01-01|2019-12-31",
            "2019/1/1|2019/12/31|2019-01-01|2019-12-31",
            "2019年1月1日|2019年12月31日|2019-01-01|2019-12-31",
            "2019年1月|2019年12月|2019-01-01|2019-12-31",
            "2019年3月|2019年2月|2019-03-01|2019-02-28",
            "２０１９－１－１|２０１９年６月|2019-01-01|2019-06-30",
            "20190101|2019年度|2019-01-01|2019-12-31"})
    void dates_are_read_in_every_way_units_write_them(String start, String end, String expectedStart,
                                                       String expectedEnd) {
        FormData form = single(form().period("开始时间\t" + start + "\t结束时间\t" + end).build());
        assertThat(form.startDate()).isEqualTo(LocalDate.parse(expectedStart));
        assertThat(form.endDate()).isEqualTo(LocalDate.parse(expectedEnd));
    }

    @Test
    void a_date_that_cannot_be_read_is_warned_about_with_its_text() {
        ParseResult result = read(form().period("开始时间\t年初\t结束时间\t2019-12-31").build());
        assertThat(result.forms().getFirst().startDate()).isNull();
        assertThat(issues(result, "date.invalid")).singleElement()
                .satisfies(issue -> assertThat(issue.args()).containsExactly("开始时间", "年初"));
    }

    @Test
    void the_year_comes_from_under_the_title_else_from_the_start_date() {
        assertThat(single(form().year("（2020年度）").build()).year()).isEqualTo(2020);
        assertThat(single(form().year("").period("开始时间\t2021-1-1\t结束时间\t2021-12-31").build()).year()).isEqualTo(2021);
    }

    @Test
    void amounts_with_thousands_separators_are_read() {
        FormData form = single(form().budget("项目总预算（元）\t18,372,648\t项目当年预算（元）\t１８，３７２，６４８").items(
                "\t子项目名称\t预算金额（元）\t\n项目当年投入资金构成\t甲\t18,372,648\t").build());
        assertThat(form.totalBudget()).isEqualByComparingTo("18372648");
        assertThat(form.currentYearBudget()).isEqualByComparingTo("18372648");
    }

    @Test
    void amounts_under_a_ten_thousand_yuan_header_are_turned_into_yuan() {
        FormData form = single(form().budget("项目总预算（万元）\t30\t项目当年预算（万元）\t3.5").items(
                "\t子项目名称\t预算金额（万元）\t\n项目当年投入资金构成\t甲\t1.5\t\n\t乙\t2\t").build());
        assertThat(form.totalBudget()).isEqualByComparingTo("300000");
        assertThat(form.currentYearBudget()).isEqualByComparingTo("35000");
        assertThat(form.budgetItems()).extracting(BudgetItemData::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("15000"), new BigDecimal("20000"));
    }

    @Test
    void an_empty_column_between_sub_item_name_and_amount_is_skipped() {
        FormData form = single(form().items("\t子项目名称\t\t预算金额（元）\n项目当年投入资金构成\t甲\t\t100\n\t乙\t\t200").build());
        assertThat(form.budgetItems()).extracting(BudgetItemData::name, BudgetItemData::amount, BudgetItemData::line)
                .containsExactly(tuple("甲", BigDecimal.valueOf(100), 19), tuple("乙", BigDecimal.valueOf(200), 20));
    }

    @Test
    void a_total_budget_below_the_current_year_budget_is_warned_about() {
        ParseResult result = read(form().budget("项目总预算（元）\t200\t项目当年预算（元）\t300").build());
        assertThat(issues(result, "budget.total.belowCurrent")).singleElement()
                .satisfies(issue -> assertThat(issue.args()).containsExactly("200", "300"));
    }

    @Test
    void the_three_column_table_gives_names_and_targets_without_second_level() {
        FormData form = single(form().indicators("分解目标\t\t\t\n分解目标内容\t绩效指标\t指标目标值\t\n"
                + "提升服务\t财务监控的有效性\t有效\t\n\t财务制度健全性\t健全\t").build());
        assertThat(form.indicators()).extracting(IndicatorData::level1, IndicatorData::level2, IndicatorData::name)
                .containsExactly(tuple("提升服务", null, "财务监控的有效性"), tuple("提升服务", null, "财务制度健全性"));
    }

    @Test
    void a_blank_line_inside_the_indicator_table_is_a_page_break_not_its_end() {
        FormData form = single(form().indicatorRows("投入和管理目标\t资金投入管理\t预算执行率\t≥98%\n\n\n"
                + "产出目标\t数量目标\t培训人次\t≥100人次\n\n一级指标\t二级指标\t三级指标\t指标目标值\n"
                + "效果目标\t社会效益目标\t知晓率\t≥80%").build());
        assertThat(names(form)).containsExactly("预算执行率", "培训人次", "知晓率");
    }

    @Test
    void a_merged_first_level_printed_on_a_later_row_is_decided_by_the_category() {
        FormData form = single(form().indicatorRows("投入和管理目标\t项目实施管理\t建设完成率\t=100%\n"
                + "\t数量目标\t综合接通率\t≥80%\n\n产出目标\t质量目标\t合格率\t≥98%\n"
                + "效果目标\t社会效益目标\t满意度\t≥90%\n\t可持续目标\t长效管理情况\t健全").build());
        assertThat(form.indicators()).extracting(IndicatorData::level1, IndicatorData::level2).containsExactly(
                tuple("投入和管理目标", "项目实施管理"), tuple("产出目标", "数量目标"), tuple("产出目标", "质量目标"),
                tuple("效果目标", "社会效益目标"), tuple("影响力目标", "可持续目标"));
    }

    @Test
    void a_cell_listing_complete_measures_gives_one_indicator_per_measure_with_the_same_target() {
        FormData form = single(form().indicatorRows("产出目标\t数量目标\t业务培训计划完成率、采购计划完成率\t100%").build());
        assertThat(form.indicators()).extracting(IndicatorData::name, indicator -> indicator.target().raw())
                .containsExactly(tuple("业务培训计划完成率", "100%"), tuple("采购计划完成率", "100%"));
    }

    @Test
    void a_list_inside_one_name_does_not_split_it() {
        FormData form = single(form().indicatorRows("影响力目标\t满意度目标\t学生、家长、社会满意度\t≥90%\n"
                + "产出目标\t数量目标\t邀请校外名师、领导授课人次\t≥20人次\n"
                + "\t满意度目标\t外国人来华工作期望、受益人群满意度\t≥85%").build());
        assertThat(names(form)).containsExactly("学生、家长、社会满意度", "邀请校外名师、领导授课人次", "外国人来华工作期望、受益人群满意度");
    }

    @Test
    void a_row_without_a_third_level_is_named_after_its_second_level_or_its_target() {
        FormData form = single(form().indicatorRows("投入和管理目标\t预算执行率\t\t≥98%\n"
                + "产出目标\t数量目标\t\t排除政策变动因素，完成鉴定人数40万左右\n\t质量目标\t\t确保鉴定工作公平公正举行").build());
        assertThat(form.indicators()).extracting(IndicatorData::level2, IndicatorData::name).containsExactly(
                tuple("预算执行率", "预算执行率"), tuple("数量目标", "完成鉴定人数"), tuple("质量目标", "确保鉴定工作公平公正举行"));
    }

    @Test
    void rows_with_an_empty_target_are_no_indicators() {
        FormData form = single(form().indicatorRows("产出目标\t数量目标\t培训人次\t≥100人次\n\t时效目标\t\t\n效果目标\t经济效益目标\t\t").build());
        assertThat(names(form)).containsExactly("培训人次");
    }

    @Test
    void the_table_ends_at_the_remark_which_is_read() {
        FormData form = single(form().remark("备注\t另附说明\t\t").build());
        assertThat(form.indicators()).hasSize(2);
        assertThat(form.remark()).isEqualTo("另附说明");
    }

    @Test
    void the_same_indicator_twice_is_warned_about() {
        ParseResult result = read(form().indicatorRows("产出目标\t数量目标\t培训人次\t≥100人次\n\t质量目标\t培训人次\t≥90人次").build());
        assertThat(issues(result, "indicator.duplicate")).singleElement()
                .satisfies(issue -> assertThat(issue.args()).containsExactly("培训人次"));
    }

    @Test
    void a_table_without_any_target_is_warned_about() {
        ParseResult result = read(form().indicatorRows("产出目标\t数量目标\t培训人次\t").build());
        assertThat(result.forms().getFirst().indicators()).isEmpty();
        assertThat(codes(result)).contains("indicators.empty");
    }

    @Test
    void targets_are_handed_over_raw_and_free_text_ones_are_warned_about() {
        ParseResult result = read(form().build());
        assertThat(result.forms().getFirst().indicators()).extracting(indicator -> indicator.target().raw())
                .containsExactly("≥98%", "≥100人次");
        result.forms().getFirst().indicators().stream().filter(indicator -> indicator.target().freeText())
                .forEach(indicator -> assertThat(issues(result, "target.freeText"))
                        .anySatisfy(issue -> assertThat(issue.line()).isEqualTo(indicator.line())));
    }

    @Test
    void paragraph_markup_becomes_lines_and_comparisons_stay() {
        FormData form = single(form()
                .goals("项目总目标\t<p>第一段</p> <p>第二段 a&amp;b</p>\t\n年度绩效目标\t投诉率<2%，受理率>98%\t").build());
        assertThat(form.overallGoal()).isEqualTo("第一段\n第二段 a&b");
        assertThat(form.annualGoal()).isEqualTo("投诉率<2%，受理率>98%");
    }

    @Test
    void a_text_running_over_a_blank_and_a_stray_line_stays_one_field() {
        FormData form = single(form().texts("项目概况\t第一行\t\n\n第二行\n\t第三行\t\n立项依据\t依据\t").build());
        assertThat(form.overview()).isEqualTo("第一行\n第二行\n第三行");
        assertThat(form.legalBasis()).isEqualTo("依据");
    }

    @Test
    void windows_and_old_mac_line_breaks_and_non_breaking_spaces_are_read() {
        String text = form().name("项目名称\t测试\u00A0项目\t\t").build();
        assertThat(single(text.replace("\n", "\r\n"))).isEqualTo(single(text));
        assertThat(single(text.replace("\n", "\r")).indicators()).hasSize(2);
        assertThat(single(text).name()).isEqualTo("测试 项目");
    }

    @Test
    void several_forms_in_one_file_are_numbered_and_other_regions_titles_are_accepted() {
        ParseResult result = read(form().build() + form().title("浙江省省级财政项目支出绩效目标申报表").name("项目名称\t第二项\t").build());
        assertThat(result.forms()).extracting(FormData::formNumber, FormData::name)
                .containsExactly(tuple(1, "测试项目"), tuple(2, "第二项"));
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void a_clean_form_gives_no_issue_but_the_target_readings() {
        ParseResult result = read(form().build());
        assertThat(codes(result)).allMatch("target.freeText"::equals);
        assertThat(result.forms().getFirst()).satisfies(form -> {
            assertThat(form.unit()).isEqualTo("测试中心");
            assertThat(form.projectType()).isEqualTo("经常性专项业务费");
            assertThat(form.fundUse()).isEqualTo("政府购买服务");
            assertThat(form.previousYearExecuted()).isEqualByComparingTo("90");
            assertThat(form.implementationPlan()).isEqualTo("计划");
        });
    }
}
