package org.perfgoals.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.AlertType;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.read.SheetRow;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * TARGET_AT_RISK from the forecast: a rate on target this quarter whose year-end forecast (the mean of its last two
 * quarters) misses ≥ 80 % raises it; a quarter good enough to lift the forecast over the target closes it.
 */
class ForecastAlertTest extends UseCaseTest {

    private static final Period Q2 = Period.quarter(2019, 2);
    private static final Period Q3 = Period.quarter(2019, 3);

    @Autowired
    private QuarterEntryService entry;
    @Autowired
    private AlertService alerts;

    private SheetRow connection(Period period) {
        return entry.sheet(hotline(), period).rows().stream()
                .filter(row -> row.indicator().name().equals("综合接通率")).findFirst().orElseThrow();
    }

    private long atRisk(long indicator) {
        return alerts.list(new AlertFilter(null, AlertType.TARGET_AT_RISK, null, hotline(), 2019, 9, true),
                org.springframework.data.domain.PageRequest.of(0, 50)).stream()
                .filter(alert -> alert.indicatorId() != null && alert.indicatorId() == indicator).count();
    }

    @Test
    void aRateOnTargetTodayWhoseForecastMissesIsAtRiskUntilTheForecastMeetsTheTarget() {
        loginAs("staff");
        SheetRow before = connection(Q3);
        long id = before.indicator().id();
        BigDecimal q2 = connection(Q2).current().numericValue();
        assertThat(q2).as("Q2 missed 80 %").isLessThan(new BigDecimal("80"));
        // Just on target in Q3: the mean of Q2 and Q3 stays under 80.
        BigDecimal onTarget = new BigDecimal("80");
        entry.save(hotline(), Q3, new SheetInput(List.of(ActualEntry.number(id, onTarget.toPlainString())), List.of(),
                null, null), EntryMode.FEED);

        SheetRow saved = connection(Q3);
        assertThat(saved.evaluation().status()).isEqualTo(Status.GREEN);
        assertThat(saved.forecast().value()).isEqualByComparingTo(q2.add(onTarget)
                .divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP));
        assertThat(saved.forecast().likelihood()).isNotEqualTo(Likelihood.CERTAIN);
        assertThat(atRisk(id)).isEqualTo(1);

        // Far enough over the target that the mean of the two quarters meets it.
        BigDecimal lifting = new BigDecimal("160").subtract(q2).add(BigDecimal.ONE);
        entry.save(hotline(), Q3, new SheetInput(List.of(ActualEntry.number(id, lifting.toPlainString())), List.of(),
                null, null), EntryMode.FEED);

        assertThat(connection(Q3).forecast().likelihood()).isEqualTo(Likelihood.CERTAIN);
        assertThat(atRisk(id)).isZero();
    }
}
