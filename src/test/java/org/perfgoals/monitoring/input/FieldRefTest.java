package org.perfgoals.monitoring.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfgoals.monitoring.domain.scoring.Level1PointsCheck;
import org.perfgoals.monitoring.input.FieldRef.ActualField;
import org.perfgoals.monitoring.input.FieldRef.SpendingField;

/**
 * The names a refusal's field has on the wire ({@code errors[].field} of the REST API) are the ones clients have
 * always read; each kind of {@link FieldRef} writes its own, and nothing else writes them.
 */
class FieldRefTest {

    static Stream<Arguments> wireNames() {
        return Stream.of(
                Arguments.of(FieldRef.actual(12, ActualField.VALUE), "indicator:12.value"),
                Arguments.of(FieldRef.actual(12, ActualField.ASSESSMENT), "indicator:12.assessment"),
                Arguments.of(FieldRef.actual(12, ActualField.DONE), "indicator:12.done"),
                Arguments.of(FieldRef.actual(12, ActualField.DONE_ON), "indicator:12.doneOn"),
                Arguments.of(FieldRef.actual(12, ActualField.DEVIATION_CAUSE), "indicator:12.deviationCause"),
                Arguments.of(FieldRef.actual(12, ActualField.DEVIATION_TEXT), "indicator:12.deviationText"),
                Arguments.of(FieldRef.actual(12, ActualField.MEASURES), "indicator:12.measures"),
                Arguments.of(FieldRef.actual(12, ActualField.LIKELIHOOD), "indicator:12.likelihood"),
                Arguments.of(FieldRef.actual(12, ActualField.EXPECTED_FULL_YEAR), "indicator:12.expectedFullYear"),
                Arguments.of(FieldRef.part(12, "响应时间"), "indicator:12.part:响应时间"),
                Arguments.of(FieldRef.spending(5, SpendingField.AMOUNT), "budget:5.amount"),
                Arguments.of(FieldRef.spending(5, SpendingField.OVER_BUDGET_REASON), "budget:5.overBudgetReason"),
                Arguments.of(FieldRef.Report.EXECUTION_REASON, "executionReason"),
                Arguments.of(FieldRef.Report.REVIEW_COMMENT, "comment"),
                Arguments.of(FieldRef.Report.QUARTER, "quarter"),
                Arguments.of(FieldRef.Report.YEAR, "year"),
                Arguments.of(FieldRef.Weighting.SCHEME, "scheme"),
                Arguments.of(FieldRef.Weighting.POINTS, "weights"),
                Arguments.of(new FieldRef.Level1Points("产出目标"), "weights:产出目标"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wireNames")
    void each_kind_of_field_has_the_wire_name_clients_read(FieldRef field, String wire) {
        assertThat(field.path()).isEqualTo(wire);
        assertThat(new FieldError(field, "code", List.of()).path()).isEqualTo(wire);
    }

    @ParameterizedTest
    @EnumSource(ActualField.class)
    void a_body_field_sent_under_its_json_name_is_named_as_the_refusal_of_that_field(ActualField field) {
        assertThat(FieldRef.indicatorBodyField(7, field.jsonName())).isEqualTo(FieldRef.actual(7, field).path());
    }

    @ParameterizedTest
    @EnumSource(SpendingField.class)
    void a_spending_body_field_is_named_as_the_refusal_of_that_field(SpendingField field) {
        assertThat(FieldRef.spendingBodyField(5, field.jsonName())).isEqualTo(FieldRef.spending(5, field).path());
    }

    @Test
    void the_same_field_is_the_same_reference_so_a_screen_finds_its_input_by_it() {
        assertThat(FieldRef.part(12, "响应时间")).isEqualTo(FieldRef.part(12, "响应时间"))
                .isNotEqualTo(FieldRef.part(12, "故障处理时间")).isNotEqualTo(FieldRef.part(13, "响应时间"));
        assertThat(FieldRef.actual(12, ActualField.VALUE)).isEqualTo(FieldRef.actual(12, ActualField.VALUE))
                .isNotEqualTo(FieldRef.actual(12, ActualField.MEASURES));
    }

    @Test
    void a_wire_name_repeats_at_most_a_prefix_of_what_was_sent() {
        String label = "长".repeat(5000);
        String path = new FieldError(FieldRef.part(12, label), "unknownPart", List.of(label)).path();
        assertThat(path).startsWith("indicator:12.part:长").endsWith("…").hasSize(101);
    }

    @Test
    void a_refusal_of_the_weights_names_its_level1_or_the_points_together() {
        assertThat(FieldError.of(new Level1PointsCheck.Problem("产出目标", "weights.missing", List.of("产出目标")))
                .field()).isEqualTo(new FieldRef.Level1Points("产出目标"));
        assertThat(FieldError.of(new Level1PointsCheck.Problem(null, "weights.sumNot100", List.of("90"))).path())
                .isEqualTo("weights");
    }
}
