package org.perfgoals.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodLabelTest {

    private final TranslationProvider messages = new TranslationProvider();

    @ParameterizedTest(name = "{0}-{1}: {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2019 | 6  | 2019年第2季度 | Q2
            2019 | 12 | 2019年第4季度 | Q4
            2019 | 7  | 2019年1–7月   | 1–7月
            2020 | 1  | 2020年1–1月   | 1–1月
            """)
    void a_period_ending_with_a_quarter_is_named_as_a_quarter_any_other_by_its_months(int year, int endMonth,
                                                                                   String label, String brief) {
        assertThat(PeriodLabel.of(messages, TranslationProvider.CHINESE, year, endMonth)).isEqualTo(label);
        PeriodLabel.Translations chinese = (key, args) -> messages.getTranslation(key, TranslationProvider.CHINESE,
                args);
        assertThat(PeriodLabel.ofShort(chinese, endMonth)).isEqualTo(brief);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3 | Q1
            7 | Jan–month 7
            """)
    void english_names_them_in_english(int endMonth, String brief) {
        assertThat(PeriodLabel.ofShort((key, args) -> messages.getTranslation(key, Locale.ENGLISH, args), endMonth))
                .isEqualTo(brief);
    }
}
