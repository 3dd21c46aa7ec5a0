package org.perfgoals.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.scoring.WeightScheme;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.read.ProjectWeighting;
import org.perfgoals.monitoring.read.SheetRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Weights and scores: how the unit's managers weight a project's indicators, and what of it holds values. */
class WeightsServiceTest extends UseCaseTest {

    @Autowired
    private WeightsService weights;
    @Autowired
    private QuarterEntryService entry;

    /** The project's 一级 in the order of the form, each with the points given. */
    private Map<String, BigDecimal> points(long project, int... values) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        List<String> level1s = List.copyOf(weights.weighting(project).level1Points().keySet());
        for (int i = 0; i < level1s.size(); i++) {
            points.put(level1s.get(i), BigDecimal.valueOf(values[i]));
        }
        return points;
    }

    private static BigDecimal total(ProjectWeighting weighting) {
        return weighting.indicators().stream().map(ProjectWeighting.IndicatorWeight::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void customPointsMustAddUpTo100() {
        loginAs("manager");
        long hotline = hotline();
        ProjectWeighting before = weights.weighting(hotline);

        assertThatThrownBy(() -> weights.changeWeights(hotline, WeightScheme.CUSTOM, points(hotline, 40, 30, 20, 20),
                null)).isInstanceOfSatisfying(MonitoringValidationException.class, refused -> assertThat(
                refused.getErrors()).extracting(FieldError::code, FieldError::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("weights.sumNot100", List.of("110"))));

        assertThat(weights.weighting(hotline)).isEqualTo(before);
    }

    @Test
    void customPointsAreSharedEquallyByTheIndicatorsOfEachLevel1() {
        loginAs("manager");
        long hotline = hotline();

        weights.changeWeights(hotline, WeightScheme.CUSTOM, points(hotline, 40, 30, 20, 10), null);

        ProjectWeighting weighting = weights.weighting(hotline);
        assertThat(weighting.scheme().scheme()).isEqualTo(WeightScheme.CUSTOM);
        assertThat(weighting.level1Points().values()).extracting(BigDecimal::stripTrailingZeros)
                .containsExactly(new BigDecimal("4E+1"), new BigDecimal("3E+1"), new BigDecimal("2E+1"),
                        new BigDecimal("1E+1"));
        assertThat(total(weighting)).isEqualByComparingTo("100");
    }

    @Test
    void aChangeOverSomeoneElsesLaterChangeIsRefusedNamingThem() {
        loginAs("manager");
        long hotline = hotline();
        long seen = entry.sheet(hotline, Period.quarter(2019, 1)).project().version();
        weights.changeWeights(hotline, WeightScheme.NATIONAL, null, seen);

        assertThatThrownBy(() -> weights.changeWeights(hotline, WeightScheme.EQUAL, null, seen))
                .isInstanceOfSatisfying(MonitoringValidationException.class, refused -> assertThat(
                        refused.getErrors()).extracting(FieldError::code, error -> error.args().getFirst())
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("weights.stale", "manager")));
        assertThat(weights.weighting(hotline).scheme().scheme()).isEqualTo(WeightScheme.NATIONAL);
        assertThat(total(weights.weighting(hotline))).isEqualByComparingTo("100");
    }

    @Test
    void staffCannotChangeWeights() {
        loginAs("staff");

        assertThatThrownBy(() -> weights.changeWeights(hotline(), WeightScheme.NATIONAL, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(weights.weighting(hotline()).changeable()).isFalse();
    }

    @Test
    void aSchemeIsReadFromItsCodeAndAnUnknownCodeIsRefusedNamingTheKnownOnes() {
        assertThat(WeightsService.scheme("national")).isEqualTo(WeightScheme.NATIONAL);
        assertThatThrownBy(() -> WeightsService.scheme("gold"))
                .isInstanceOfSatisfying(MonitoringValidationException.class, refused -> assertThat(
                        refused.getErrors()).extracting(FieldError::code, FieldError::args)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("weights.unknownScheme",
                                List.of("gold", "equal, national, custom"))));
    }

    @Test
    void recordedNamesEveryIndicatorWithAValueAndEverySubItemWithSpending() {
        loginAs("manager");
        var sheet = entry.sheet(hotline(), Period.quarter(2019, 3));

        var recorded = weights.recorded(hotline());

        assertThat(recorded.indicatorIds()).containsExactlyInAnyOrderElementsOf(sheet.rows().stream()
                .filter(row -> row.current() != null).map(SheetRow::indicator).map(row -> row.id()).toList());
        assertThat(recorded.budgetItemIds()).containsExactlyInAnyOrderElementsOf(
                sheet.project().budgetItems().stream().map(item -> item.id()).toList());
    }
}
