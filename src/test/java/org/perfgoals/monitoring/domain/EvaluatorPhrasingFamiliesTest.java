package org.perfgoals.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetParser;
import org.perfgoals.monitoring.domain.scoring.IndicatorScore;

/**
 * The new phrasing families judged against actuals as a person types them: the cell is read by the target parser,
 * the actual by {@link ActualInput} in the target's unit, and the evaluator colours the row.
 */
class EvaluatorPhrasingFamiliesTest {

    private static final Period Q2 = Period.quarter(2026, 2);
    private static final Period Q4 = Period.quarter(2026, 4);

    private final TargetParser parser = new TargetParser();
    private final Evaluator evaluator = new Evaluator(Thresholds.defaults());

    private static String unit(Target target) {
        return switch (target) {
            case Target.Quantitative q -> q.unit();
            case Target.Compound c -> c.parts().getFirst().target().unit();
            default -> "";
        };
    }

    private Evaluation judge(String cell, String typed, Accumulation accumulation, Period period) {
        Target target = parser.parse(cell).target();
        ActualInput.ParsedNumber number = ActualInput.parse(typed, unit(target), false);
        assertThat(number.isValid()).as(typed).isTrue();
        return evaluator.evaluate(target, accumulation, period, new Actual.Numeric(number.value()), null, null);
    }

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3-5个          | 3     | GREEN
            3-5个          | 4     | GREEN
            3-5个          | 5     | GREEN
            3-5个          | 2     | RED
            3-5个          | 6     | RED
            ３～５          | ４    | GREEN
            3至5           | 5.5   | RED
            90%-95%       | 92%   | GREEN
            90%-95%       | 90    | GREEN
            90%-95%       | 89.9% | RED
            90%-95%       | 96    | RED
            ９０％－９５％   | ９３％ | GREEN
            1‰-3‰         | 2‰    | GREEN
            1‰-3‰         | 0.5‰  | RED
            1‰-3‰         | 0.25% | GREEN
            """)
    void a_range_takes_one_number_and_inside_is_green(String cell, String typed, Status status) {
        for (Accumulation accumulation : Accumulation.values()) { // a range is judged as it stands
            Evaluation e = judge(cell, typed, accumulation, Q2);

            assertThat(e.status()).as(cell + " " + typed).isEqualTo(status);
            assertThat(e.reason()).isEqualTo(status == Status.GREEN ? Reasons.MET : Reasons.PART_MISSED);
        }
    }

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0起             | 0 | GREEN
            0起             | 1 | RED
            ０次            | 0 | GREEN
            ０次            | 2 | RED
            零投诉           | 0 | GREEN
            零投诉           | 1 | RED
            无重大安全事故     | 0 | GREEN
            无重大安全事故     | 3 | RED
            安全事故零发生     | 0 | GREEN
            事故发生率为0      | 0 | GREEN
            事故发生率为0      | 0.1 | RED
            """)
    void a_zero_count_is_met_by_zero_only(String cell, String typed, Status status) {
        for (Accumulation accumulation : Accumulation.values()) {
            for (Period period : new Period[] {Q2, Q4}) {
                assertThat(judge(cell, typed, accumulation, period).status()).as(cell + " " + typed + " " + period)
                        .isEqualTo(status);
            }
        }
    }

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ≤1‰            | 0.8‰  | GREEN
            ≤1‰            | 1‰    | GREEN
            ≤1‰            | 1.2‰  | RED
            ≤1‰            | 0.09% | GREEN
            ≤1‰            | 0.11% | RED
            1‰以下          | 0.1   | GREEN
            千分之三以下      | ３‰   | GREEN
            千分之三以下      | 3.5‰  | RED
            ≥5‰            | 6‰    | GREEN
            ≥5‰            | 4‰    | RED
            """)
    void per_mille_is_compared_in_the_same_unit_as_the_actual(String cell, String typed, Status status) {
        assertThat(judge(cell, typed, Accumulation.PER_PERIOD, Q2).status()).isEqualTo(status);
        assertThat(judge(cell, typed, Accumulation.PER_PERIOD, Q4).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} judged {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            是               | MET        | GREEN
            是               | PARTLY_MET | YELLOW
            是               | NOT_MET    | RED
            否               | MET        | GREEN
            否               | NOT_MET    | RED
            是否按时完成：是   | MET        | GREEN
            """)
    void yes_and_no_are_judged_like_qualitative_targets(String cell, Assessment assessment, Status status) {
        Target target = parser.parse(cell).target();

        assertThat(target).isInstanceOf(Target.Qualitative.class);
        assertThat(evaluator.evaluate(target, Accumulation.PER_PERIOD, Q2, null, null, null).status())
                .isEqualTo(Status.NEEDS_ASSESSMENT);
        assertThat(evaluator.evaluate(target, Accumulation.PER_PERIOD, Q2, new Actual.Judged(assessment), null, null)
                .status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} with {1} scores {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3-5个          | 4  | 1.0000
            90%-95%       | 93 | 1.0000
            """)
    void a_range_given_one_number_is_scored_too(String cell, BigDecimal value, BigDecimal score) {
        Target target = parser.parse(cell).target();
        Actual actual = new Actual.Numeric(value);
        Evaluation e = evaluator.evaluate(target, Accumulation.PER_PERIOD, Q4, actual, null, null);

        assertThat(IndicatorScore.fraction(target, Accumulation.PER_PERIOD, Q4, actual, e)).contains(score);
    }
}
