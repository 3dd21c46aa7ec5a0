package org.perfgoals.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.read.SheetRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** How an indicator is judged: only the unit's managers change it, and every stored quarter is judged again. */
class JudgingServiceTest extends UseCaseTest {

    private static final Period Q2 = Period.quarter(2019, 2);

    @Autowired
    private JudgingService judging;
    @Autowired
    private QuarterEntryService entry;

    private SheetRow buildingRate() {
        return entry.sheet(hotline(), Q2).rows().stream()
                .filter(row -> row.indicator().name().equals("系统建设完成率")).findFirst().orElseThrow();
    }

    @Test
    void judgingEachQuarterOnItsOwnFigureRejudgesAndRescoresTheStoredValues() {
        loginAs("manager");
        SheetRow cumulative = buildingRate();
        assertThat(cumulative.current().status()).as("50 % of the year's work at mid-year").isEqualTo(Status.GREEN);

        judging.configureIndicator(cumulative.indicator().id(), Accumulation.PER_PERIOD, null);

        SheetRow perPeriod = buildingRate();
        assertThat(perPeriod.indicator().accumulation()).isEqualTo(Accumulation.PER_PERIOD);
        assertThat(perPeriod.current().status()).as("50 % against = 100 % in the quarter").isEqualTo(Status.RED);
        assertThat(perPeriod.current().score()).isEqualByComparingTo("0.5");
        judging.configureIndicator(cumulative.indicator().id(), Accumulation.CUMULATIVE, null);
        assertThat(buildingRate().current().status()).isEqualTo(Status.GREEN);
    }

    @Test
    void staffCannotChangeHowAnIndicatorIsJudged() {
        loginAs("staff");
        SheetRow row = buildingRate();

        assertThatThrownBy(() -> judging.configureIndicator(row.indicator().id(), Accumulation.PER_PERIOD, null))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(buildingRate().indicator().accumulation()).isEqualTo(row.indicator().accumulation());
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        loginAs("manager");

        assertThatThrownBy(() -> judging.configureIndicator(Long.MAX_VALUE, Accumulation.PER_PERIOD, null))
                .isInstanceOf(IndicatorNotFoundException.class);
    }

    @Test
    void rejudgingAProjectAfterAnImportNeedsAManagerOrAnAdmin() {
        loginAs("staff");
        assertThatThrownBy(() -> judging.rejudge(hotline())).isInstanceOf(AccessDeniedException.class);

        loginAs("manager");
        SheetRow before = buildingRate();
        judging.rejudge(hotline());
        assertThat(buildingRate()).as("nothing changed, so nothing is judged otherwise").isEqualTo(before);
    }
}
