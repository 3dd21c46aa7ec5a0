package org.perfgoals.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A declared target as people read it: LaTeX and markup printed, numbers and words as written. */
class TargetDisplayTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$\\geq 98.00\\%$|≥98.00%",
        "$\\leq 90$分钟|≤90分钟",
        "$<4.97$元/分钟|<4.97元/分钟",
        "<b>≤ 90</b> 分钟|≤90 分钟",
        "≥98%|≥98%",
        "40万左右|40万左右",
        "健全|健全",
        "$\\text{不低于}\\ 95\\%$|不低于 95%",
        "'  '|''",
        "&ge; 80%|≥80%"})
    void targetsReadAsTheFormPrintsThem(String raw, String shown) {
        assertThat(TargetDisplay.readable(raw)).isEqualTo(shown);
    }
}
