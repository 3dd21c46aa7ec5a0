package org.perfgoals.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.forecast.ForecastMethod;
import org.perfgoals.monitoring.read.SheetRow;
import org.springframework.beans.factory.annotation.Autowired;

/** 全年预计 on the entry card: the suggestion and how it was made, taken over with a click, kept by later saves. */
class EntryForecastKT extends EntryViewTestBase {

    @Autowired
    private QuarterEntryService monitoring;

    private static IndicatorEntry row(EntryView view, String name) {
        return view.rows.stream().filter(row -> row.indicator.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_per_period_rate_is_forecast_from_its_last_two_quarters_and_the_suggestion_is_taken_over_and_saved() {
        EntryView view = open("staff", 3);
        IndicatorEntry connection = row(view, "综合接通率");
        SheetRow stored = monitoring.sheet(hotline(), Period.quarter(2019, 3)).row(connection.indicator.id());
        BigDecimal mean = stored.earlier().stream().filter(value -> value.period().endMonth() == 6).findFirst()
                .orElseThrow().numericValue().add(stored.current().numericValue())
                .divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        assertThat(stored.forecast().method()).isEqualTo(ForecastMethod.RECENT);
        assertThat(stored.forecast().value()).isEqualByComparingTo(mean);
        String shown = mean.toPlainString() + " %";
        assertThat(connection.fields().suggestion.getText()).startsWith("建议：" + shown + "（按近两期数值）；完成可能性建议：");
        assertThat(connection.fields().expected.getValue()).isEmpty();
        assertThat(connection.fields().expected.isReadOnly()).as("typed into, not only filled by the button")
                .isFalse();

        _click(connection.fields().adopt);
        assertThat(connection.fields().expected.getValue()).isEqualTo(shown);
        _click(view.save);

        assertThat(monitoring.sheet(hotline(), Period.quarter(2019, 3)).row(connection.indicator.id()).current()
                .expectedFullYear()).isEqualTo(shown);

        // Saved again with another value changed: the full-year value stays what the user kept.
        EntryView again = open("staff", 3);
        IndicatorEntry satisfaction = row(again, "综合满意度");
        assertThat(row(again, "综合接通率").fields().expected.getValue()).isEqualTo(shown);
        _setValue(satisfaction.value, "96");
        _click(again.save);
        assertThat(monitoring.sheet(hotline(), Period.quarter(2019, 3)).row(connection.indicator.id()).current()
                .expectedFullYear()).isEqualTo(shown);
    }

    @Test
    void in_a_quarter_handed_in_the_full_year_value_and_the_suggestion_button_are_locked() {
        EntryView view = open("staff", 1);
        IndicatorEntry connection = row(view, "综合接通率");
        assertThat(connection.fields().expected.isReadOnly()).isTrue();
        assertThat(connection.fields().adopt.isEnabled()).isFalse();
    }

    @Test
    void a_row_that_is_not_one_number_has_no_suggestion() {
        EntryView view = open("staff", 3);
        List<IndicatorEntry> without = view.rows.stream()
                .filter(row -> !(row.indicator.target() instanceof org.perfgoals.indicator.domain.Target.Quantitative))
                .toList();
        assertThat(without).isNotEmpty().allSatisfy(row -> {
            assertThat(row.fields().suggestion.getText()).isEmpty();
            assertThat(row.fields().adopt.isVisible()).isFalse();
        });
    }
}
