package org.perfgoals.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfgoals.base.api.InvalidBodyException;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.ActualEntry;

/**
 * The body of an actual for a deadline indicator, which the demo forms do not have (over HTTP the other kinds are
 * covered by MonitoringWriteApiTest): {@code done} is a boolean, the date goes with it, a value does not fit.
 */
class ActualBodyTest {

    private static final Target DEADLINE = new Target.Deadline(LocalDate.of(2019, 6, 30), "6月底前完成");

    private static ActualEntry read(String body) {
        return ActualBody.read(7, DEADLINE, body.getBytes(StandardCharsets.UTF_8), "期限");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"done\": \"yes\"}                  | indicator:7.done   | wrongType.boolean",
            "{\"done\": 1}                        | indicator:7.done   | wrongType.boolean",
            "{\"done\": true, \"doneOn\": 20190601} | indicator:7.doneOn | wrongType.text",
            "{\"doneOn\": \"2019-06-01\"}          | indicator:7.done   | missingField",
            "{\"done\": true, \"value\": 5}        | indicator:7.value  | fieldNotAllowed",
            "{\"done\": true, \"assessment\": \"MET\"} | indicator:7.assessment | fieldNotAllowed"})
    void a_deadline_body_of_the_wrong_shape_is_refused_naming_the_field(String body, String field, String code) {
        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(InvalidBodyException.class, refused -> {
            assertThat(refused.getField()).isEqualTo(field);
            assertThat(refused.getCode()).isEqualTo(code);
        });
    }

    @Test
    void a_deadline_takes_done_and_its_date_and_null_clears_it() {
        ActualEntry done = read("{\"done\": true, \"doneOn\": \"2019-06-01\"}");
        assertThat(done.done()).isTrue();
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2019, 6, 1));
        ActualEntry cleared = read("{\"done\": null}");
        assertThat(cleared.done()).isNull();
        assertThat(cleared.doneOn()).isNull();
    }
}
