package org.perfgoals.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfgoals.indicator.domain.TargetParser;
import org.perfgoals.indicator.domain.TargetReading;

/**
 * The national 项目支出绩效目标表 / 申报表 family (issue 11): recognised from its headings, its fields mapped onto the
 * same form data as Shanghai's form. The fixture {@code /forms/national-family.txt} holds two forms written by hand:
 * the 目标表 with 指标性质 and 度量单位 columns, and the 申报表 with 项目资金 block, 长期目标 and 长期指标值.
 */
class NationalFormFamilyTest {

    static final String FIXTURE = "/forms/national-family.txt";

    static String fixture() {
        try (InputStream in = NationalFormFamilyTest.class.getResourceAsStream(FIXTURE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The two forms of the fixture, field by field, as a person reads them. */
    static List<FormData> expectedForms() {
        TargetParser parser = new TargetParser();
        FormData first = new FormData(1, 1, 2026, "上海市社会保障卡服务中心", "社会保障卡服务网点运行维护", "延续项目", null,
                null, null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, null, null, null,
                new BigDecimal("1505000"), new BigDecimal("1505000"), null, null,
                List.of(new BudgetItemData("财政拨款", new BigDecimal("1205000"), 7),
                        new BudgetItemData("其他资金", new BigDecimal("300000"), 8)),
                null, "保障全市社会保障卡服务网点全年正常运行，持卡人满意度不低于95%。", List.of(
                        indicator(parser, "产出目标", "数量指标", "服务网点数量", "≥300个", 11),
                        indicator(parser, "产出目标", "质量指标", "系统可用率", "≥99.5%", 12),
                        indicator(parser, "产出目标", "时效指标", "故障响应时间", "≤30分钟", 13),
                        indicator(parser, "产出目标", "成本指标", "单个网点运维成本", "≤0.5万元", 14),
                        indicator(parser, "效果目标", "社会效益指标", "重大安全事故", "=0起", 15),
                        indicator(parser, "影响力目标", "可持续影响指标", "运维制度健全性", "健全", 16),
                        indicator(parser, "影响力目标", "服务对象满意度指标", "持卡人满意度", "≥95%", 17)),
                null);
        FormData second = new FormData(2, 19, 2026, "上海市就业促进中心", "就业困难人员职业技能培训补贴", "新增项目", null,
                null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), null, null, null, null, null,
                new BigDecimal("8000000"), new BigDecimal("8000000"), null, null,
                List.of(new BudgetItemData("财政拨款", new BigDecimal("8000000"), 25),
                        new BudgetItemData("其他资金", BigDecimal.ZERO, 26)),
                null, "全年培训就业困难人员1万人次，培训合格率不低于90%。", List.of(
                        indicator(parser, "产出目标", "数量指标", "培训人次", "10000人次", 30),
                        indicator(parser, "产出目标", "质量指标", "培训合格率", "90%（含）以上", 31),
                        indicator(parser, "产出目标", "时效指标", "补贴发放及时率", "100%", 32),
                        indicator(parser, "效果目标", "社会效益指标", "培训后就业率", "60%-70%", 33),
                        indicator(parser, "效果目标", "社会效益指标", "有效投诉", "零投诉", 34),
                        indicator(parser, "影响力目标", "服务对象满意度指标", "学员满意度", "不低于95%", 35),
                        indicator(parser, "影响力目标", "服务对象满意度指标", "是否按期完成培训计划", "是", 36)),
                null);
        return List.of(first, second);
    }

    private static IndicatorData indicator(TargetParser parser, String level1, String level2, String name, String raw,
                                           int line) {
        return new IndicatorData(level1, level2, name, parser.parse(raw, 2026), line);
    }

    /** Amounts compare by value (1505000.0 is 1505000), everything else exactly. */
    static void assertSameForms(List<FormData> actual, List<FormData> expected) {
        assertThat(actual).usingRecursiveFieldByFieldElementComparator(
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .isEqualTo(expected);
    }

    @Test
    void a_national_family_file_imports_to_exactly_the_expected_projects_without_any_issue() {
        ParseResult result = new FormReader().read(fixture().getBytes(StandardCharsets.UTF_8));

        assertThat(result.issues()).isEmpty();
        assertSameForms(result.forms(), expectedForms());
    }

    @Test
    void the_cell_reader_reads_the_same_forms_from_rows_of_cells() {
        List<List<String>> cells = Arrays.stream(fixture().split("\n", -1))
                .map(line -> Arrays.asList(line.split("\t", -1))).toList();

        ParseResult result = new FormReader().readCells(cells);

        assertThat(result.issues()).isEmpty();
        assertSameForms(result.forms(), expectedForms());
    }

    @Test
    void the_targets_read_from_comparator_value_and_unit_columns() {
        List<String> targets = new FormReader().read(fixture()).forms().getFirst().indicators().stream()
                .map(indicator -> indicator.target().raw()).toList();

        assertThat(targets).containsExactly("≥300个", "≥99.5%", "≤30分钟", "≤0.5万元", "=0起", "健全", "≥95%");
    }

    // Columns: 指标性质 | 指标值 | 度量单位 | the target text | its reading (comparator value unit)
    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ≥    | 95     | %     | ≥95%      | GE 95 %
            ≥    | 95     | 百分比 | ≥95百分比  | GE 95 %
            ≥    | ≥95    | %     | ≥95%      | GE 95 %
            ≥    | 95%    | %     | ≥95%      | GE 95 %
            ＞   | ９５    | ％    | ＞９５％    | GT 95 %
            ≤    | 30     | 分钟   | ≤30分钟    | LE 30 分钟
            ≤    | 0.5    | 万元   | ≤0.5万元   | LE 5000 元
            =    | 0      | 起     | =0起      | LE 0 起
            =    | 100    | %     | =100%     | EQ 100 %
            ≥    | 3      | /     | ≥3        | GE 3
            定量  | ≥90    | %     | ≥90%      | GE 90 %
            定性  | 健全    | -     | 健全       | QUALITATIVE 健全
            定性  | 是     | -     | 是         | QUALITATIVE 是
            -    | 90%-95% | -    | 90%-95%    | COMPOUND
            """)
    void a_comparator_column_combines_with_a_bare_value(String nature, String value, String unit, String text,
                                                      String reading) {
        String combined = TargetCells.combine(nature == null ? "" : nature, value, unit == null ? "" : unit);

        assertThat(combined).isEqualTo(text);
        assertThat(summary(new TargetParser().parse(combined))).isEqualTo(reading);
    }

    private static String summary(TargetReading reading) {
        return switch (reading.target()) {
            case org.perfgoals.indicator.domain.Target.Quantitative q ->
                    q.comparator() + " " + q.value().toPlainString() + (q.unit().isEmpty() ? "" : " " + q.unit());
            case org.perfgoals.indicator.domain.Target.Qualitative q -> "QUALITATIVE " + q.expected();
            default -> reading.target().kind().name();
        };
    }

    private static String form(String departmentRow, String periodRow, String header, String row) {
        return String.join("\n", "项目支出绩效目标表", "（2026年度）", "项目名称\t测试项目", departmentRow,
                "项目属性\t延续项目\t" + periodRow, "资金总额（万元）\t10", "其中：财政拨款\t10", "年度目标\t完成测试",
                header, row);
    }

    private static FormData single(String text) {
        ParseResult result = new FormReader().read(text);
        assertThat(result.forms()).hasSize(1);
        return result.forms().getFirst();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            主管部门（及编码）\t[312001]上海市人力资源和社会保障局            | 上海市人力资源和社会保障局
            主管部门（及编码）\t【312001】上海市人力资源和社会保障局          | 上海市人力资源和社会保障局
            主管部门及编码\t312001 上海市人力资源和社会保障局              | 上海市人力资源和社会保障局
            主管部门及代码\t上海市人力资源和社会保障局（312001）            | 上海市人力资源和社会保障局
            主管部门及代码\t上海市人力资源和社会保障局/312001             | 上海市人力资源和社会保障局
            主管部门\t上海市人力资源和社会保障局                         | 上海市人力资源和社会保障局
            主管部门及代码\t[312001]上海市人力资源和社会保障局\t实施单位\t上海市社会保障卡服务中心 | 上海市社会保障卡服务中心
            实施单位\t上海市社会保障卡服务中心                           | 上海市社会保障卡服务中心
            """)
    void the_unit_is_the_implementing_unit_else_the_department_without_its_code(String row, String unit) {
        FormData form = single(form(row.replace("\\t", "\t"), "项目期\t1年",
                "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t测试数量\t≥3个"));

        assertThat(form.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0} → {1} … {2}")
    @CsvSource(delimiter = '|', textBlock = """
            项目期\t1年                               | 2026-01-01 | 2026-12-31
            项目期\t3年                               | 2026-01-01 | 2028-12-31
            项目期\t2026年                             | 2026-01-01 | 2026-12-31
            起止时间\t2026-01-01至2026-12-31            | 2026-01-01 | 2026-12-31
            起止时间\t2026-01-01-2026-06-30             | 2026-01-01 | 2026-06-30
            起止时间\t2026.3-2026.11                   | 2026-03-01 | 2026-11-30
            项目起止时间\t2026年1月1日—2026年12月31日       | 2026-01-01 | 2026-12-31
            实施期限\t２０２６年４月～２０２６年１２月          | 2026-04-01 | 2026-12-31
            """)
    void the_period_is_read_from_its_dates_or_its_length(String row, LocalDate start, LocalDate end) {
        FormData form = single(form("实施单位\t测试中心", row.replace("\\t", "\t"),
                "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t测试数量\t≥3个"));

        assertThat(form.startDate()).isEqualTo(start);
        assertThat(form.endDate()).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            一级指标\t二级指标\t三级指标\t指标值\t长期指标值                 | 产出指标\t数量指标\t测试数量\t≥3个\t≥9个
            一级指标\t二级指标\t三级指标\t长期指标值\t年度指标值               | 产出指标\t数量指标\t测试数量\t≥9个\t≥3个
            一级指标\t二级指标\t三级指标\t指标值\t指标值设定依据及数据来源       | 产出指标\t数量指标\t测试数量\t≥3个\t12个区
            绩效指标\t一级指标\t二级指标\t三级指标\t指标值                   | '\t产出指标\t数量指标\t测试数量\t≥3个'
            一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重（%） | 产出指标\t数量指标\t测试数量\t≥\t3\t个\t20
            """)
    void the_target_column_is_the_years_value(String header, String row) {
        FormData form = single(form("实施单位\t测试中心", "项目期\t1年", header.replace("\\t", "\t"),
                row.replace("\\t", "\t")));

        assertThat(form.indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.name()).isEqualTo("测试数量");
            assertThat(indicator.level1()).isEqualTo("产出目标");
            assertThat(indicator.target().raw()).isEqualTo("≥3个");
        });
    }

    @Test
    void a_free_text_target_is_warned_about_as_in_any_form() {
        ParseResult result = new FormReader().read(form("实施单位\t测试中心", "项目期\t1年",
                "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t测试数量\t按计划稳步推进各项工作"));

        assertThat(result.issues()).extracting(ImportIssue::code).containsExactly("target.freeText");
        assertThat(result.forms().getFirst().indicators().getFirst().target().raw()).isEqualTo("按计划稳步推进各项工作");
    }

    @Test
    void sub_items_that_do_not_add_up_and_a_missing_period_are_warned_about() {
        String text = form("实施单位\t测试中心", "备用\t-", "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t测试数量\t≥3个").replace("其中：财政拨款\t10", "其中：财政拨款\t8");

        ParseResult result = new FormReader().read(text);

        assertThat(result.issues()).extracting(ImportIssue::code)
                .contains("date.missing", "budget.sum.mismatch").doesNotContain("form.endMissing", "projectType.none");
    }

    @Test
    void the_seed_forms_are_of_shanghais_family_and_the_fixture_of_the_national_one() {
        assertThat(families(FormReaderTestSupport.seedText())).hasSize(5).containsOnly(FormFamily.SHANGHAI);
        assertThat(families(fixture())).containsExactly(FormFamily.NATIONAL, FormFamily.NATIONAL);
    }

    private static List<FormFamily> families(String text) {
        return FormSplitter.split(Row.split(TextNormalizer.normalize(text))).stream()
                .map(form -> FormFamily.of(SectionCollector.collect(form))).toList();
    }
}
