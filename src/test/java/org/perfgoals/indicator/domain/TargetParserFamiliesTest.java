package org.perfgoals.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Families of target phrasings that other provinces' forms use (issue 11), each in several spellings, full-width
 * digits and symbols included. Columns: cell | reading | subject (empty: none). Every reading keeps the raw text and
 * none is free text.
 */
class TargetParserFamiliesTest {

    private final TargetParser parser = new TargetParser();

    private void assertReads(String cell, String expected, String subject) {
        TargetReading reading = parser.parse(cell);
        assertThat(TargetSummary.of(reading)).as(cell).isEqualTo(expected);
        assertThat(reading.subject()).as("subject of " + cell).isEqualTo(subject);
        assertThat(reading.raw()).isEqualTo(cell.strip());
        assertThat(reading.freeText()).as("free text: " + cell).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            95百分比            | GE 95 %         |
            95 百分比           | GE 95 %         |
            ≥95（百分比）        | GE 95 %         |
            ≥９５（百分比）      | GE 95 %         |
            95(%)              | GE 95 %         |
            ≥90（％）           | GE 90 %         |
            3百分点             | GE 3 个百分点    |
            ≤2百分点            | LE 2 个百分点    |
            0.5百分点           | GE 0.5 个百分点  |
            3个百分点           | GE 3 个百分点    |
            ≥２个百分点         | GE 2 个百分点    |
            """)
    void units_spelt_out_in_words_become_the_canonical_unit(String cell, String expected, String subject) {
        assertReads(cell, expected, subject);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0起                 | LE 0 起  |
            ０起                | LE 0 起  |
            ≤0起                | LE 0 起  |
            =0起                | LE 0 起  |
            ＝０起               | LE 0 起  |
            0次                 | LE 0 次  |
            0                   | LE 0     |
            事故0起              | LE 0 起  | 事故
            事故发生率为0         | LE 0     | 事故发生率
            事故率0%             | LE 0 %   | 事故率
            ≥0                  | GE 0     |
            零投诉               | LE 0 次  | 投诉
            实现零投诉            | LE 0 次  | 投诉
            零事故               | LE 0 起  | 事故
            零差错               | LE 0 次  | 差错
            无重大安全事故         | LE 0 起  | 重大安全事故
            无重大安全事故发生。     | LE 0 起  | 重大安全事故
            无安全责任事故         | LE 0 起  | 安全责任事故
            未发生安全事故         | LE 0 起  | 安全事故
            杜绝重大事故           | LE 0 起  | 重大事故
            没有发生有效投诉        | LE 0 次  | 有效投诉
            安全事故零发生          | LE 0 起  | 安全事故
            有责投诉为零           | LE 0 次  | 有责投诉
            """)
    void zero_counts_of_incidents_are_at_most_zero(String cell, String expected, String subject) {
        assertReads(cell, expected, subject);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3-5个               | 下限:GE 3 个 & 上限:LE 5 个   |
            3～5个              | 下限:GE 3 个 & 上限:LE 5 个   |
            3~5个               | 下限:GE 3 个 & 上限:LE 5 个   |
            3至5个              | 下限:GE 3 个 & 上限:LE 5 个   |
            3个至5个            | 下限:GE 3 个 & 上限:LE 5 个   |
            3到5个              | 下限:GE 3 个 & 上限:LE 5 个   |
            ３－５个            | 下限:GE 3 个 & 上限:LE 5 个   |
            ３～５              | 下限:GE 3 & 上限:LE 5        |
            3至5                | 下限:GE 3 & 上限:LE 5        |
            90%-95%            | 下限:GE 90 % & 上限:LE 95 %  |
            90-95%             | 下限:GE 90 % & 上限:LE 95 %  |
            90%~95%            | 下限:GE 90 % & 上限:LE 95 %  |
            90％至95％          | 下限:GE 90 % & 上限:LE 95 %  |
            ９０％－９５％       | 下限:GE 90 % & 上限:LE 95 %  |
            1‰-3‰              | 下限:GE 0.1 % & 上限:LE 0.3 % |
            """)
    void ranges_are_a_lower_and_an_upper_bound(String cell, String expected, String subject) {
        assertReads(cell, expected, subject);
        assertThat(((Target.Compound) parser.parse(cell).target()).isRange()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            95%以上             | GE 95 %   |
            ９５％以上           | GE 95 %   |
            95%（含）以上         | GE 95 %   |
            95％(含)以上         | GE 95 %   |
            95%以上（含）         | GE 95 %   |
            95%（不含）以上       | GT 95 %   |
            5%（含）以下          | LE 5 %    |
            5%以下(不含)          | LT 5 %    |
            以上95%              | GE 95 %   |
            以内3个工作日          | LE 3 工作日 |
            10个以内             | LE 10 个  |
            不低于100            | GE 100    |
            100不低于            | GE 100    |
            95%不低于            | GE 95 %   |
            不低于95%以上         | GE 95 %   |
            不超过5              | LE 5      |
            5次不超过            | LE 5 次   |
            不少于10个            | GE 10 个  |
            10次（不少于）         | GE 10 次  |
            ≥10个（以上）          | GE 10 个  |
            """)
    void comparator_words_before_or_after_the_number(String cell, String expected, String subject) {
        assertReads(cell, expected, subject);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1‰                 | GE 0.1 %  |
            ≤1‰                | LE 0.1 %  |
            1‰以下              | LE 0.1 %  |
            １‰以下             | LE 0.1 %  |
            ≤３‰               | LE 0.3 %  |
            千分之一             | GE 0.1 %  |
            千分之三以下          | LE 0.3 %  |
            千分之一以内          | LE 0.1 %  |
            不超过千分之五         | LE 0.5 %  |
            投诉率控制在千分之二以下 | LE 0.2 %  | 投诉率
            """)
    void per_mille_becomes_a_tenth_of_a_percent(String cell, String expected, String subject) {
        assertReads(cell, expected, subject);
    }

    @ParameterizedTest(name = "{0} → expects {1}")
    @CsvSource(delimiter = '|', textBlock = """
            是                  | 是 |
            否                  | 否 |
            是。                 | 是 |
            是否按时完成：是       | 是 | 是否按时完成
            是否发生安全事故:否    | 否 | 是否发生安全事故
            """)
    void yes_and_no_are_qualitative_targets_expecting_the_answer(String cell, String answer, String subject) {
        TargetReading reading = parser.parse(cell);

        assertThat(reading.target()).isEqualTo(new Target.Qualitative(answer));
        assertThat(reading.freeText()).isFalse();
        assertThat(reading.raw()).isEqualTo(cell);
        assertThat(reading.subject()).isEqualTo(subject);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            无纸化办公
            是否
            是/否
            无
            有
            零售网点建设
            """)
    void look_alikes_stay_free_text(String cell) {
        TargetReading reading = parser.parse(cell);

        assertThat(reading.freeText()).as(cell).isTrue();
        assertThat(reading.target()).isEqualTo(new Target.Qualitative(cell));
    }
}
