package org.perfgoals.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HalfWidthTest {

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ９８．５％          | 98.5%
            （万元）            | (万元)
            ＡＢＣ：ｘｙｚ      | ABC:xyz
            ＜４．９７元／分钟  | <4.97元/分钟
            ≥98%               | ≥98%
            一级指标            | 一级指标
            """)
    void full_width_ascii_folds_to_ascii_and_everything_else_stays(String written, String folded) {
        assertThat(HalfWidth.fold(written)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "position kept in {0}")
    @CsvSource({"项目　名称", "１２３", "a　b　c"})
    void folding_keeps_every_position(String written) {
        assertThat(HalfWidth.fold(written)).hasSameSizeAs(written);
    }

    @ParameterizedTest(name = "{0} keys as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            申报单位　名称 ：   | 申报单位名称:
            项目 总预算（万元） | 项目总预算(万元)
            """)
    void a_key_is_folded_without_whitespace(String written, String key) {
        assertThat(HalfWidth.key(written)).isEqualTo(key);
    }
}
