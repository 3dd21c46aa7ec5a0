package org.perfgoals.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who may write what, decided before anything sent is read: role first, then the id, the unit, the quarter. */
class WriteAuthorizationTest extends UseCaseTest {

    @Autowired
    private WriteAuthorization authorization;
    @Autowired
    private QuarterEntryService entry;

    private PeriodSheet sheet(long project) {
        return entry.sheet(project, Period.quarter(2019, 1));
    }

    private long connection() {
        return sheet(hotline()).rows().stream().filter(row -> row.indicator().name().equals("综合接通率"))
                .findFirst().orElseThrow().indicator().id();
    }

    @Test
    void leadersAreRefusedBeforeAnythingIsLookedUp() {
        loginAs("leader");

        assertThatThrownBy(() -> authorization.authorizeActual(Long.MAX_VALUE, 2019, 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authorization.authorizeSpending(Long.MAX_VALUE, 2019, 1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnknownIndicatorAndAnotherUnitsAreBothNotFound() {
        loginAs("admin");
        long training = sheet(project(SeedProjects.TRAINING_Q)).rows().getFirst().indicator().id();
        loginAs("staff");

        assertThatThrownBy(() -> authorization.authorizeActual(Long.MAX_VALUE, 2019, 1))
                .isInstanceOf(IndicatorNotFoundException.class);
        assertThatThrownBy(() -> authorization.authorizeActual(training, 2019, 1))
                .isInstanceOf(IndicatorNotFoundException.class);
    }

    @Test
    void aQuarterOutsideTheProjectsYearIsRefusedNamingTheYear() {
        loginAs("staff");
        long connection = connection();

        assertThatThrownBy(() -> authorization.authorizeActual(connection, 2050, 1))
                .isInstanceOfSatisfying(MonitoringValidationException.class, refused -> assertThat(
                        refused.getErrors()).extracting(FieldError::code, FieldError::args)
                        .containsExactly(tuple("periodOutsideProject", List.of("2050", "1", "2019"))));
        assertThatThrownBy(() -> authorization.authorizeActual(connection, 2019, 5))
                .isInstanceOfSatisfying(MonitoringValidationException.class, refused -> assertThat(
                        refused.getErrors()).extracting(FieldError::code).containsExactly("periodInvalid"));
    }

    @Test
    void anAllowedWriteGoesToTheProjectsQuarterWithTheTargetThatSaysWhatItTakes() {
        loginAs("staff");
        long item = sheet(hotline()).budget().getFirst().item().id();

        WriteScope actual = authorization.authorizeActual(connection(), 2019, 3);
        WriteScope spending = authorization.authorizeSpending(item, 2019, 3);

        assertThat(actual.projectId()).isEqualTo(hotline());
        assertThat(actual.period()).isEqualTo(Period.quarter(2019, 3));
        assertThat(actual.target()).isInstanceOf(Target.Quantitative.class);
        assertThat(spending).isEqualTo(new WriteScope(hotline(), Period.quarter(2019, 3), null));
    }

    @Test
    void onlyTheUnitsManagersAndAdminsMayChangeWeights() {
        long training = project(SeedProjects.TRAINING_Q);
        loginAs("staff");
        assertThatThrownBy(() -> authorization.authorizeWeights(hotline())).isInstanceOf(AccessDeniedException.class);

        loginAs("manager");
        authorization.authorizeWeights(hotline());
        assertThatThrownBy(() -> authorization.authorizeWeights(training)).as("another unit's project is missing")
                .isInstanceOf(ProjectNotFoundException.class);

        loginAs("admin");
        authorization.authorizeWeights(training);
    }
}
