package org.perfgoals.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfgoals.importer.domain.FormReaderTestSupport.single;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checkboxes and amounts as printed forms write them, in any mix (issue 11). */
class CheckboxAndAmountFamiliesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the field as written                                       | the ticked project type
            □ 结转项目 ■ 经常性专项业务费                                   | 经常性专项业务费
            ☐ 结转项目 ☑ 经常性专项业务费                                   | 经常性专项业务费
            ☐ 结转项目 ☒ 经常性专项业务费                                   | 经常性专项业务费
            结转项目☐ 经常性专项业务费☑                                     | 经常性专项业务费
            □结转项目 √经常性专项业务费                                     | 经常性专项业务费
            □结转项目 ✓经常性专项业务费                                     | 经常性专项业务费
            □结转项目 ✔经常性专项业务费                                     | 经常性专项业务费
            〇结转项目 ●经常性专项业务费                                    | 经常性专项业务费
            ○结转项目 ●经常性专项业务费                                     | 经常性专项业务费
            口结转项目 √经常性专项业务费                                     | 经常性专项业务费
            ( )结转项目 (√)经常性专项业务费                                 | 经常性专项业务费
            [ ]结转项目 [√]经常性专项业务费                                 | 经常性专项业务费
            【 】结转项目 【√】经常性专项业务费                               | 经常性专项业务费
            （√）结转项目 （ ）经常性专项业务费                               | 结转项目
            <input type="checkbox"/> 结转项目 ☑ 经常性专项业务费            | 经常性专项业务费
            """)
    void every_family_of_checkbox_glyph_is_a_box(String written, String ticked) {
        FormData form = single(FormBuilder.form().projectType("项目类型\t" + written + "\t\t").build());
        assertThat(form.projectType()).isEqualTo(ticked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # label                  | written          | yuan
            项目总预算（元）          | 980,000.00       | 980000.00
            项目总预算（元）          | １８，３７２，６４８ | 18372648
            项目总预算（万元）        | 98               | 980000
            项目总预算（万元）        | 7.5              | 75000.0
            项目总预算（元）          | 700万元          | 7000000
            """)
    void amounts_are_read_in_yuan(String label, String written, BigDecimal yuan) {
        FormData form = single(FormBuilder.form().budget(label + "\t" + written + "\t项目当年预算（元）\t300").build());
        assertThat(form.totalBudget()).isEqualByComparingTo(yuan);
    }
}
