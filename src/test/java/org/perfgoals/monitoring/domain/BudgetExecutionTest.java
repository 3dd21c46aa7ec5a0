package org.perfgoals.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetExecutionTest {

    private final BudgetExecution budget = new BudgetExecution(Thresholds.defaults());

    @ParameterizedTest(name = "{1} of {0} → {2} %")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1000 | 250 | 25.00
            3 | 1 | 33.33
            1000 | 0 | 0.00
            1000 | 1430 | 143.00
            1000 | 3400 | 340.00
            71387200 | 33513600 | 46.95
            5430000 | 2373044 | 43.70
            0 | 5 | -
            0 | 0 | -
            - | 5 | -
            1000 | - | -
            """)
    void the_execution_rate_is_a_percentage_with_two_decimals(BigDecimal budgeted, BigDecimal spent,
                                                              BigDecimal rate) {
        assertThat(BudgetExecution.rate(budgeted, spent)).isEqualTo(rate);
    }

    @Test
    void a_negative_budget_is_refused() {
        assertThatThrownBy(() -> BudgetExecution.rate(new BigDecimal("-1"), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{1} of {0} by month {2} → {3} ({4})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # Q1: time progress 25 %; bands include their lower bound
            1000 | 0 | 3 | RED | behindSchedule | 0.0000
            1000 | 149 | 3 | RED | behindSchedule | 0.5960
            1000 | 150 | 3 | YELLOW | behindSchedule | 0.6000
            1000 | 199 | 3 | YELLOW | behindSchedule | 0.7960
            1000 | 200 | 3 | GREEN | onTrack | 0.8000
            1000 | 1000 | 3 | GREEN | onTrack | 4.0000
            # Q2, Q3
            1000 | 500 | 6 | GREEN | onTrack | 1.0000
            1000 | 299 | 6 | RED | behindSchedule | 0.5980
            1000 | 450 | 9 | YELLOW | behindSchedule | 0.6000
            1000 | 600 | 9 | GREEN | onTrack | 0.8000
            # more spent than budgeted keeps its colour but says so
            1000 | 1430 | 6 | GREEN | overBudget | 2.8600
            1000 | 3400 | 12 | GREEN | overBudget | 3.4000
            # year end: under the 90 % floor needs a reason
            1000 | 900 | 12 | GREEN | onTrack | 0.9000
            1000 | 899 | 12 | GREEN | belowYearEndFloor | 0.8990
            1000 | 800 | 12 | GREEN | belowYearEndFloor | 0.8000
            1000 | 700 | 12 | YELLOW | behindSchedule | 0.7000
            1000 | 500 | 12 | RED | behindSchedule | 0.5000
            # a monthly period: 8.33 % of 1200 by January
            1200 | 100 | 1 | GREEN | onTrack | 1.0000
            # nothing to divide by
            0 | 100 | 6 | RED | overBudget | -
            0 | 0 | 6 | NO_DATA | noBudget | -
            - | 100 | 6 | NO_DATA | noBudget | -
            1000 | - | 6 | NO_DATA | noData | -
            0 | - | 6 | NO_DATA | noData | -
            """)
    void execution_is_compared_with_the_time_progress(BigDecimal budgeted, BigDecimal spent, int endMonth,
                                                      Status status, String reason, BigDecimal ratio) {
        Evaluation e = budget.evaluate(budgeted, spent, new Period(2019, endMonth));

        assertThat(e.status()).isEqualTo(status);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.ratio()).isEqualTo(ratio);
        assertThat(e.partStatuses()).isEmpty();
    }

    @ParameterizedTest(name = "{1} of {0} by month {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1000 | 899 | 12 | true
            1000 | 899.94 | 12 | true
            1000 | 899.95 | 12 | false
            1000 | 900 | 12 | false
            1000 | 1430 | 12 | false
            1000 | 0 | 12 | true
            1000 | 100 | 9 | false
            1000 | 899 | 11 | false
            0 | 0 | 12 | false
            0 | 100 | 12 | false
            - | 100 | 12 | false
            1000 | - | 12 | false
            """)
    void a_year_end_rate_under_the_floor_needs_a_written_reason(BigDecimal budgeted, BigDecimal spent, int endMonth,
                                                                boolean needed) {
        assertThat(budget.needsYearEndReason(budgeted, spent, new Period(2019, endMonth))).isEqualTo(needed);
    }
}
