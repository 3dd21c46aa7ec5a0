package org.perfgoals.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgoals.importer.domain.FormBuilder.form;
import static org.perfgoals.importer.domain.FormReaderTestSupport.issues;
import static org.perfgoals.importer.domain.FormReaderTestSupport.read;
import static org.perfgoals.importer.domain.FormReaderTestSupport.seedText;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A form that holds more than the database can store is refused while it is read, with an error naming the field,
 * its limit and the line: the preview, the dry run and the import all say so before anything would be written.
 */
class FormLimitsTest {

    private static String chars(int count) {
        return "字".repeat(count);
    }

    /** The single error of a form, which must name the field and the limit. */
    private static ImportIssue onlyError(String text) {
        ParseResult result = read(text);
        assertThat(result.errors()).as(result.errors().toString()).hasSize(1);
        return result.errors().getFirst();
    }

    @Test
    void a_project_name_of_501_characters_is_an_error_naming_the_field_and_the_limit() {
        ImportIssue error = onlyError(form().name("项目名称\t" + chars(501) + "\t\t").build());
        assertThat(error.code()).isEqualTo("text.tooLong");
        assertThat(error.args()).startsWith("项目名称", "500", "501");
        assertThat(error.line()).isEqualTo(8);
        assertThat(read(form().name("项目名称\t" + chars(500) + "\t\t").build()).errors()).isEmpty();
    }

    @Test
    void a_unit_of_301_characters_is_an_error() {
        ImportIssue error = onlyError(form().unit("申报单位名称：" + chars(301)).build());
        assertThat(error.code()).isEqualTo("text.tooLong");
        assertThat(error.args()).startsWith("申报单位名称", "300", "301");
        assertThat(read(form().unit("申报单位名称：" + chars(300)).build()).errors()).isEmpty();
    }

    @Test
    void indicator_texts_over_their_columns_are_errors_on_their_line() {
        ImportIssue name = onlyError(form().indicatorRows("产出目标\t数量目标\t" + chars(1001) + "\t≥100人次").build());
        assertThat(name.args()).startsWith("三级指标", "1000", "1001");
        assertThat(name.line()).isEqualTo(read(form().build()).forms().getFirst().indicators().getFirst().line());
        ImportIssue level2 = onlyError(form().indicatorRows("产出目标\t" + chars(501) + "\t人次\t≥100人次").build());
        assertThat(level2.args()).startsWith("二级指标", "500", "501");
        // 数量目标 would name its own 一级 (产出目标): a 二级 of no standard category keeps the printed one.
        ImportIssue level1 = onlyError(form().indicatorRows(chars(201) + "\t自定\t人次\t≥100人次").build());
        assertThat(level1.args()).startsWith("一级指标", "200", "201");
        ImportIssue target = onlyError(form().indicatorRows("产出目标\t质量目标\t制度\t" + chars(4001)).build());
        assertThat(target.args()).startsWith("指标目标值", "4000", "4001");
    }

    @Test
    void a_sub_item_of_1001_characters_and_a_free_text_of_70000_are_errors() {
        ImportIssue item = onlyError(form().budget("项目总预算（元）\t300\t项目当年预算（元）\t300")
                .items("\t子项目名称\t预算金额（元）\t\n项目当年投入资金构成\t" + chars(1001) + "\t300\t").build());
        assertThat(item.args()).startsWith("子项目名称", "1000", "1001");
        ImportIssue overview = onlyError(form().texts("项目概况\t" + chars(70_000) + "\t").build());
        assertThat(overview.code()).isEqualTo("text.tooLong");
        assertThat(overview.args()).startsWith("项目概况", "65535", "70000");
    }

    @Test
    void an_error_repeats_at_most_a_short_prefix_of_the_text() {
        ImportIssue overview = onlyError(form().texts("项目概况\t" + chars(70_000) + "\t").build());
        assertThat(overview.args().get(3)).isEqualTo(chars(100) + "…");
        String longName = chars(501);
        ImportIssue name = onlyError(form().name("项目名称\t" + longName + "\t\t").build());
        assertThat(name.projectName()).as("the form is named by a prefix too").isEqualTo(chars(100) + "…");
        assertThat(read(form().indicatorRows("产出目标\t质量目标\t制度\t" + chars(3000)).build()).warnings())
                .filteredOn(issue -> issue.code().equals("target.freeText"))
                .singleElement().satisfies(warning -> assertThat(warning.args()).allSatisfy(arg ->
                        assertThat(arg.length()).isLessThanOrEqualTo(ImportLimits.QUOTED_CHARS + 1)));
    }

    @Test
    void a_budget_of_1e20_and_a_sub_item_of_1e17_yuan_are_too_large() {
        ImportIssue total = onlyError(form().budget("项目总预算（元）\t100000000000000000000\t项目当年预算（元）\t300")
                .build());
        assertThat(total.code()).isEqualTo("number.tooLarge");
        assertThat(total.args()).containsExactly("项目总预算", "16", "100000000000000000000");
        ImportIssue item = onlyError(form().budget("项目总预算（元）\t300\t项目当年预算（元）\t300")
                .items("\t子项目名称\t预算金额（元）\t\n项目当年投入资金构成\t甲\t100000000000000000\t").build());
        assertThat(item.code()).isEqualTo("number.tooLarge");
        assertThat(item.args()).containsExactly("子项目预算金额", "16", "100000000000000000");
        assertThat(read(form().budget("项目总预算（元）\t9999999999999999.99\t项目当年预算（元）\t300").build())
                .errors()).as("the largest amount the column holds").isEmpty();
    }

    @Test
    void an_amount_with_more_decimals_than_stored_is_refused_not_rounded() {
        ImportIssue total = onlyError(form().budget("项目总预算（元）\t300.005\t项目当年预算（元）\t300").build());
        assertThat(total.code()).isEqualTo("number.tooManyDecimals");
        assertThat(total.args()).containsExactly("项目总预算", "2", "300.005");
    }

    @Test
    void a_target_value_beyond_its_column_is_too_large() {
        ImportIssue target = onlyError(form().indicatorRows("产出目标\t数量目标\t培训人次\t≥1" + "0".repeat(18) + "人次")
                .build());
        assertThat(target.code()).isEqualTo("number.tooLarge");
        assertThat(target.args()).startsWith("指标目标值", "18");
    }

    @Test
    void a_form_of_more_than_300_indicators_is_refused_naming_the_limit() {
        String rows = IntStream.rangeClosed(1, ImportLimits.MAX_INDICATORS_PER_FORM + 1)
                .mapToObj(i -> "产出目标\t数量目标\t指标" + i + "\t≥" + i + "人次").collect(Collectors.joining("\n"));
        ParseResult result = read(form().indicatorRows(rows).build());
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("form.tooManyIndicators");
            assertThat(error.args()).containsExactly("301", "300");
            assertThat(error.formNumber()).isEqualTo(1);
            assertThat(error.projectName()).isEqualTo("测试项目");
        });
        String fits = IntStream.rangeClosed(1, ImportLimits.MAX_INDICATORS_PER_FORM)
                .mapToObj(i -> "产出目标\t数量目标\t指标" + i + "\t≥" + i + "人次").collect(Collectors.joining("\n"));
        assertThat(read(form().indicatorRows(fits).build()).errors()).isEmpty();
    }

    @Test
    void a_form_of_more_than_100_sub_items_is_refused_naming_the_limit() {
        String rows = IntStream.rangeClosed(1, ImportLimits.MAX_BUDGET_ITEMS_PER_FORM + 1)
                .mapToObj(i -> (i == 1 ? "项目当年投入资金构成" : "") + "\t子项" + i + "\t1\t")
                .collect(Collectors.joining("\n"));
        ParseResult result = read(form().items("\t子项目名称\t预算金额（元）\t\n" + rows).build());
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("form.tooManyBudgetItems");
            assertThat(error.args()).containsExactly("101", "100");
        });
    }

    @Test
    void a_file_of_more_than_2000_forms_is_refused_as_a_whole() {
        ParseResult result = read(FormReaderTestSupport.titles(ImportLimits.MAX_FORMS_PER_FILE + 5));
        assertThat(result.forms()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("file.tooManyForms");
            assertThat(error.args()).containsExactly("2005", "2000");
            assertThat(error.formNumber()).isZero();
        });
    }

    @Test
    void a_form_of_thousands_of_junk_lines_quotes_fifty_and_counts_the_rest() {
        ParseResult result = read(form().unit("申报单位名称：测试中心\n" + "签字盖章页码\n".repeat(10_000)).build());
        assertThat(issues(result, "line.unrecognized")).hasSize(ImportLimits.MAX_UNRECOGNIZED_LINES_QUOTED);
        assertThat(issues(result, "line.unrecognizedMore")).singleElement()
                .satisfies(more -> assertThat(more.args().getFirst()).isEqualTo("9950"));
    }

    @Test
    void the_seed_fits_every_limit() {
        assertThat(read(seedText()).errors()).isEmpty();
        assertThat(issues(read(seedText()), "text.tooLong")).isEqualTo(List.of());
    }
}
