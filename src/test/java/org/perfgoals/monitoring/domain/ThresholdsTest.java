package org.perfgoals.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdsTest {

    @Test
    void the_defaults_are_the_provincial_rules() {
        Thresholds t = Thresholds.defaults();

        assertThat(t.red()).isEqualByComparingTo("0.60");
        assertThat(t.yellow()).isEqualByComparingTo("0.80");
        assertThat(t.blue()).isEqualByComparingTo("1.20");
        assertThat(t.approxTolerance()).isEqualByComparingTo("0.05");
        assertThat(t.yearEndExecutionFloor()).isEqualByComparingTo("0.90");
    }

    @ParameterizedTest(name = "red {0}, yellow {1}, blue {2}, tolerance {3}, floor {4} is refused")
    @CsvSource({
            "0, 0.80, 1.20, 0.05, 0.90",
            "-0.1, 0.80, 1.20, 0.05, 0.90",
            "0.80, 0.80, 1.20, 0.05, 0.90",
            "0.90, 0.80, 1.20, 0.05, 0.90",
            "0.60, 1.01, 1.20, 0.05, 0.90",
            "0.60, 0.80, 1.00, 0.05, 0.90",
            "0.60, 0.80, 0.90, 0.05, 0.90",
            "0.60, 0.80, 1.20, -0.01, 0.90",
            "0.60, 0.80, 1.20, 1.00, 0.90",
            "0.60, 0.80, 1.20, 0.05, 0",
            "0.60, 0.80, 1.20, 0.05, 1.01",
    })
    void inconsistent_thresholds_are_refused(BigDecimal red, BigDecimal yellow, BigDecimal blue,
                                             BigDecimal tolerance, BigDecimal floor) {
        assertThatThrownBy(() -> new Thresholds(red, yellow, blue, tolerance, floor))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "red {0}, yellow {1}, blue {2}, tolerance {3}, floor {4} is accepted")
    @CsvSource({
            "0.60, 1.00, 1.01, 0, 1",
            "0.01, 0.02, 5, 0.99, 0.01",
    })
    void the_limits_of_each_range_are_accepted(BigDecimal red, BigDecimal yellow, BigDecimal blue,
                                               BigDecimal tolerance, BigDecimal floor) {
        assertThat(new Thresholds(red, yellow, blue, tolerance, floor).yellow()).isEqualByComparingTo(yellow);
    }

    @Test
    void a_missing_threshold_is_refused() {
        assertThatThrownBy(() -> new Thresholds(null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "ratio {0} → {1}")
    @CsvSource({
            "0, RED", "0.5999, RED", "0.60, YELLOW", "0.7999, YELLOW", "0.80, GREEN", "1.1999, GREEN",
            "1.20, BLUE", "3.40, BLUE", "-1, RED",
    })
    void each_band_includes_its_lower_bound(BigDecimal ratio, Status status) {
        assertThat(Thresholds.defaults().band(ratio)).isEqualTo(status);
    }
}
