package org.perfgoals.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgoals.importer.domain.FormBuilder.TICKED;
import static org.perfgoals.importer.domain.FormBuilder.UNTICKED;
import static org.perfgoals.importer.domain.FormBuilder.form;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.perfgoals.importer.format.FormFixtures;

/** Every issue the importer can raise has a message in both bundles, and the messages take their args. */
class ImportIssueMessagesTest {

    private static final String PREFIX = "import.issue.";

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Inputs chosen so that, together, they raise every issue the importer knows. */
    private static List<ImportIssue> issuesOfManyInputs() {
        FormReader reader = new FormReader();
        String seed = FormReaderTestSupport.seedText();
        return Stream.of(
                        reader.read(new byte[0]),
                        reader.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2}),
                        reader.read("会议纪要\n内容".getBytes(StandardCharsets.UTF_8)),
                        reader.read(seed),
                        reader.read(seed + "\n" + seed),
                        reader.read(seed.lines().limit(45).collect(Collectors.joining("\n"))),
                        reader.read(seed.lines().limit(60).collect(Collectors.joining("\n"))),
                        reader.read(form().name("").year("").period("开始时间\t年初\t结束时间\t").build()),
                        reader.read(form().unit("").period("开始时间\t2019-6-1\t结束时间\t2019-1-1").build()),
                        reader.read(form().year("(2018年)").budget("项目总预算（元）\t100\t项目当年预算（元）\t七百\n"
                                + "同名项目上年预算额（元）\t100\t同名项目上年预算执行数（元）\t120").build()),
                        reader.read(form().budget("项目总预算（元）\t\t项目当年预算（元）\t300").items("").build()),
                        reader.read(form().budget("项目总预算（元）\t100\t项目当年预算（元）\t300")
                                .items("项目当年投入资金构成\t甲\t\n\t200\t").build()),
                        reader.read(form().projectType("项目类型\t结转项目 " + UNTICKED + " 其他一次性项目 " + UNTICKED + " "
                                + UNTICKED).fundUse("资金用途\t" + TICKED + " 其他：培训 " + TICKED + " 资产购置类").build()),
                        reader.read(form().indicators("分解目标\t\t\t\n产出目标\t数量目标\t人次\t\n").build()),
                        reader.read(form().indicatorRows("产出目标\t数量目标\t人次\t1\n\t质量目标\t人次\t2").build()),
                        reader.read(form().unit("申报单位名称：测试中心\n填报人签字").build()),
                        reader.read(form().name("项目名称\t" + "名".repeat(501)).build()),
                        reader.read(form().budget("项目总预算（元）\t1" + "0".repeat(20) + "\t项目当年预算（元）\t300.001")
                                .build()),
                        reader.read(form().indicatorRows(IntStream.rangeClosed(0, 300).mapToObj(i -> "产出目标\t数量目标\t指标"
                                + i + "\t≥1人次").collect(Collectors.joining("\n"))).items("项目当年投入资金构成\t"
                                + IntStream.rangeClosed(0, 100).mapToObj(i -> "\t子项" + i + "\t1\t")
                                .collect(Collectors.joining("\n"))).build()),
                        reader.read(FormReaderTestSupport.titles(2001)),
                        reader.read(form().unit("申报单位名称：测试中心\n" + "杂行\n".repeat(60)).build()))
                .flatMap(result -> result.issues().stream())
                .collect(Collectors.collectingAndThen(Collectors.toList(), issues -> {
                    // Files refused as a whole (Word, Excel, PDF and what is none of them): importer.format
                    FormFixtures.refusals().forEach(result -> issues.addAll(result.issues()));
                    // A project declared by two files of one batch
                    List<FormData> forms = reader.read(seed).forms();
                    CrossFileDuplicates.find(List.of(new CrossFileDuplicates.NamedForms("a.txt", forms),
                            new CrossFileDuplicates.NamedForms("b.docx", forms))).forEach(issues::addAll);
                    return issues;
                }))
                .stream()
                .toList();
    }

    @Test
    void every_issue_code_produced_has_a_message_in_both_bundles() {
        Set<String> codes = issuesOfManyInputs().stream().map(ImportIssue::code).collect(Collectors.toSet());
        for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH)) {
            ResourceBundle bundle = bundle(locale);
            assertThat(codes).allSatisfy(code -> assertThat(bundle.containsKey(PREFIX + code))
                    .as("%s in bundle %s", code, locale).isTrue());
        }
    }

    @Test
    void the_inputs_above_raise_every_code_the_bundles_know() {
        Set<String> produced = issuesOfManyInputs().stream().map(ImportIssue::code).collect(Collectors.toSet());
        assertThat(produced).containsAll(issueCodes(bundle(Locale.ROOT)));
    }

    @Test
    void both_bundles_know_the_same_issue_codes() {
        assertThat(issueCodes(bundle(Locale.ENGLISH))).isEqualTo(issueCodes(bundle(Locale.ROOT)));
    }

    @Test
    void every_message_formats_with_its_args_and_leaves_no_placeholder() {
        for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH)) {
            ResourceBundle bundle = bundle(locale);
            for (ImportIssue issue : issuesOfManyInputs()) {
                String message = new MessageFormat(bundle.getString(PREFIX + issue.code()), locale)
                        .format(issue.args().toArray());
                assertThat(message).as(issue.code()).doesNotContain("{0}", "{1}", "{2}");
                issue.args().forEach(arg -> assertThat(message).as(issue.code()).contains(arg));
            }
        }
    }

    @Test
    void the_sum_mismatch_message_says_both_sums_and_the_difference() {
        String message = MessageFormat.format(bundle(Locale.ROOT).getString(PREFIX + "budget.sum.mismatch"),
                "18,372,647", "18,372,648", "1");
        assertThat(message).isEqualTo("子项目合计 18,372,647 元与当年预算 18,372,648 元不符（相差 1 元）");
    }

    private static Set<String> issueCodes(ResourceBundle bundle) {
        return Collections.list(bundle.getKeys()).stream().filter(key -> key.startsWith(PREFIX))
                .map(key -> key.substring(PREFIX.length())).collect(Collectors.toCollection(TreeSet::new));
    }
}
