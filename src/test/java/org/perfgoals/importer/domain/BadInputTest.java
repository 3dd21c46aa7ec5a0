package org.perfgoals.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgoals.importer.domain.FormBuilder.form;
import static org.perfgoals.importer.domain.FormReaderTestSupport.codes;
import static org.perfgoals.importer.domain.FormReaderTestSupport.issues;
import static org.perfgoals.importer.domain.FormReaderTestSupport.read;
import static org.perfgoals.importer.domain.FormReaderTestSupport.seedText;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that are not forms, broken forms, and the encodings a good file may come in. */
class BadInputTest {

    private final FormReader reader = new FormReader();

    @Test
    void an_empty_file_is_an_error() {
        assertThat(codes(reader.read(new byte[0]))).containsExactly("file.empty");
        assertThat(codes(reader.read(""))).containsExactly("file.empty");
    }

    @Test
    void a_file_of_whitespace_only_is_an_error() {
        assertThat(codes(reader.read(" \n\t\r\n \u00A0".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("file.empty");
        assertThat(codes(reader.read("\uFEFF".getBytes(StandardCharsets.UTF_8)))).containsExactly("file.empty");
    }

    @Test
    void a_binary_file_is_an_error_that_names_no_form() {
        byte[] png = new byte[600];
        new Random(7).nextBytes(png);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        System.arraycopy(header, 0, png, 0, header.length);
        ParseResult result = reader.read(png);
        assertThat(result.forms()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("file.binary");
            assertThat(issue.formNumber()).isZero();
            assertThat(issue.line()).isZero();
        });
    }

    @Test
    void control_characters_without_nul_bytes_are_no_text_either() {
        byte[] controls = new byte[200];
        Arrays.fill(controls, (byte) 0x01);
        assertThat(codes(reader.read(controls))).containsExactly("file.binary");
    }

    @Test
    void an_unrelated_document_is_not_a_form() {
        String minutes = "会议纪要\n\n时间\t2019年3月1日\n参会人员\t张三、李四\n会议内容\t讨论项目预算执行情况\n";
        ParseResult result = reader.read(minutes.getBytes(StandardCharsets.UTF_8));
        assertThat(result.forms()).isEmpty();
        assertThat(codes(result)).containsExactly("file.notForm");
        assertThat(result.hasErrors()).isTrue();
    }

    @ParameterizedTest(name = "first {0} lines")
    @ValueSource(ints = {3, 10, 20, 31, 60, 110})
    void a_seed_cut_before_the_indicator_table_of_its_last_form_is_an_error(int lines) {
        String truncated = seedText().lines().limit(lines).collect(Collectors.joining("\n"));
        ParseResult result = read(truncated);
        assertThat(result.hasErrors()).isTrue();
        assertThat(codes(result)).contains("indicators.missing", "form.truncated");
        ImportIssue truncatedIssue = issues(result, "form.truncated").getFirst();
        assertThat(truncatedIssue.formNumber()).isEqualTo(result.forms().size());
        assertThat(truncatedIssue.line()).isLessThanOrEqualTo(lines);
    }

    @Test
    void a_seed_cut_inside_an_indicator_row_is_an_error() {
        String seed = seedText();
        String truncated = seed.substring(0, seed.indexOf("⇥数量目标⇥综合接通率".replace('⇥', '\t')) + 7);
        ParseResult result = read(truncated);
        assertThat(issues(result, "form.truncated")).singleElement()
                .satisfies(issue -> assertThat(issue.line()).isEqualTo(36));
    }

    @Test
    void a_seed_cut_between_indicator_rows_is_a_warning_that_the_end_is_missing() {
        String truncated = seedText().lines().limit(45).collect(Collectors.joining("\n"));
        ParseResult result = read(truncated);
        assertThat(result.errors()).isEmpty();
        assertThat(codes(result)).contains("form.endMissing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"七百万元", "12a00"})
    void a_budget_amount_that_is_not_a_number_is_an_error_naming_field_and_text(String amount) {
        ParseResult result = read(form().budget("项目总预算（元）\t300\t项目当年预算（元）\t" + amount).build());
        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("amount.invalid");
            assertThat(issue.args()).containsExactly("项目当年预算", amount);
            assertThat(issue.formNumber()).isEqualTo(1);
            assertThat(issue.projectName()).isEqualTo("测试项目");
            assertThat(issue.line()).isEqualTo(16);
        });
    }

    @Test
    void a_sub_item_amount_that_is_not_a_number_is_an_error() {
        ParseResult result = read(form().items("\t子项目名称\t预算金额（元）\t\n项目当年投入资金构成\t甲\t一百\t").build());
        assertThat(issues(result, "amount.invalid")).singleElement()
                .satisfies(issue -> assertThat(issue.args()).containsExactly("项目当年投入资金构成：甲", "一百"));
    }

    @Test
    void a_form_without_an_indicator_table_is_an_error_even_when_another_form_follows() {
        String withoutTable = form().indicators("").build();
        ParseResult result = read(withoutTable + form().name("项目名称\t第二项\t").build());
        assertThat(issues(result, "indicators.missing")).singleElement().satisfies(issue -> {
            assertThat(issue.isError()).isTrue();
            assertThat(issue.formNumber()).isEqualTo(1);
        });
        assertThat(codes(result)).doesNotContain("form.truncated");
    }

    @Test
    void a_form_without_a_project_name_is_an_error_on_its_title_line() {
        ParseResult result = read(form().name("").build());
        assertThat(issues(result, "name.missing")).singleElement().satisfies(issue -> {
            assertThat(issue.isError()).isTrue();
            assertThat(issue.formNumber()).isEqualTo(1);
            assertThat(issue.projectName()).isNull();
            assertThat(issue.line()).isEqualTo(2);
        });
    }

    @Test
    void a_stray_line_is_reported_not_silently_dropped() {
        ParseResult result = read(form().unit("申报单位名称：测试中心\n填报人签字：____").build());
        assertThat(issues(result, "line.unrecognized")).singleElement()
                .satisfies(issue -> assertThat(issue.args()).containsExactly("填报人签字：____"));
    }

    @Test
    void gb18030_bytes_are_read_like_utf_8() {
        String text = form().build();
        ParseResult fromGb = reader.read(text.getBytes(Charset.forName("GB18030")));
        assertThat(fromGb.forms()).isEqualTo(reader.read(text).forms());
        assertThat(fromGb.forms().getFirst().name()).isEqualTo("测试项目");
    }

    @Test
    void a_byte_order_mark_is_ignored() {
        byte[] utf8 = form().build().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(reader.read(withBom).forms()).isEqualTo(reader.read(utf8).forms());
        assertThat(reader.read("\uFEFF" + form().build()).forms().getFirst().firstLine()).isEqualTo(2);
    }

    @Test
    void utf_16_with_its_byte_order_mark_is_read() {
        String text = "\uFEFF" + form().build();
        assertThat(reader.read(text.getBytes(StandardCharsets.UTF_16LE)).forms()).hasSize(1);
    }

    @Test
    void the_seed_read_from_bytes_and_from_text_is_the_same() {
        assertThat(reader.read(FormReaderTestSupport.seedBytes())).isEqualTo(read(seedText()));
    }

    @Test
    void the_same_project_twice_in_one_file_is_an_error_naming_the_first() {
        String seed = seedText();
        int second = seed.indexOf("上海市财政支出项目绩效目标申报表", seed.indexOf("上海市财政支出项目绩效目标申报表") + 1);
        ParseResult result = reader.read(seed.substring(0, second) + seed.substring(0, second));
        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("form.duplicateInFile");
            assertThat(issue.args()).containsExactly("1");
            assertThat(issue.formNumber()).isEqualTo(2);
        });
    }

    @Test
    void a_form_without_any_year_is_an_error() {
        String seed = seedText();
        int second = seed.indexOf("上海市财政支出项目绩效目标申报表", seed.indexOf("上海市财政支出项目绩效目标申报表") + 1);
        String first = seed.substring(0, second).replace("(2019年)", "").replace("2019-1-1", "")
                .replace("2019-12-31", "");
        assertThat(codes(reader.read(first))).contains("year.missing");
        assertThat(reader.read(first).hasErrors()).isTrue();
    }
}
