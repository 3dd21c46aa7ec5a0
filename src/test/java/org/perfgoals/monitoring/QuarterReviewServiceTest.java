package org.perfgoals.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ReportRecord;
import org.perfgoals.monitoring.read.ReportState;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Submitting and reviewing: the demo data leave Q1 approved, Q2 submitted and Q3 a draft in every seed project;
 * the demo manager and staff belong to the hotline's unit.
 */
class QuarterReviewServiceTest extends UseCaseTest {

    private static final Period Q2 = Period.quarter(2019, 2);

    @Autowired
    private QuarterReviewService review;
    @Autowired
    private QuarterEntryService entry;

    @Test
    void submittingNeedsAValueForEveryRowAndAReasonForEveryMissedTarget() {
        loginAs("staff");
        Period q4 = Period.quarter(2019, 4);
        long connection = entry.sheet(hotline(), q4).rows().stream()
                .filter(row -> row.indicator().name().equals("综合接通率")).findFirst().orElseThrow().indicator().id();
        // A feed stores a missed target without its explanation.
        PeriodSheet fed = entry.save(hotline(), q4, new SheetInput(List.of(ActualEntry.number(connection, "75")),
                List.of(), null, null), EntryMode.FEED);
        long typed = fed.rows().stream().filter(row -> !row.derived()).count();

        assertThatThrownBy(() -> review.submit(hotline(), q4, null))
                .isInstanceOfSatisfying(MonitoringValidationException.class, refused -> {
                    assertThat(refused.getErrors()).filteredOn(error -> error.code().equals("valueMissing"))
                            .hasSize((int) typed - 1);
                    assertThat(refused.getErrors()).filteredOn(error -> error.args().contains("综合接通率"))
                            .extracting(FieldError::code)
                            .containsExactly("causeRequired", "measuresRequired", "likelihoodRequired");
                });
        assertThat(entry.sheet(hotline(), q4).report().state()).isEqualTo(ReportState.DRAFT);
    }

    @Test
    void aManagerOfAnotherUnitCannotApprove() {
        loginAs("manager");
        long training = project(SeedProjects.TRAINING_Q);

        // Another unit's project is missing to them, as an unknown id is.
        assertThatThrownBy(() -> review.approve(training, Q2, "好")).isInstanceOf(ProjectNotFoundException.class);

        loginAs("admin");
        assertThat(entry.sheet(training, Q2).report().state()).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void theUnitsManagerApprovesASubmittedQuarterWithTheirComment() {
        loginAs("manager");

        PeriodSheet approved = review.approve(hotline(), Q2, "  数据已核实  ");

        assertThat(approved.report().state()).isEqualTo(ReportState.APPROVED);
        assertThat(approved.report().reviewedBy()).isEqualTo("manager");
        assertThat(approved.report().reviewComment()).isEqualTo("数据已核实");
        assertThat(entry.sheet(hotline(), Q2).report()).extracting(ReportRecord::state, ReportRecord::version)
                .containsExactly(ReportState.APPROVED, approved.report().version());
    }

    @Test
    void returningAQuarterNeedsAComment() {
        loginAs("manager");
        long commissioned = project(SeedProjects.COMMISSIONED_Q);
        loginAs("admin");

        assertThatThrownBy(() -> review.returnToStaff(commissioned, Q2, "  "))
                .isInstanceOfSatisfying(MonitoringValidationException.class, refused -> assertThat(
                        refused.getErrors()).extracting(FieldError::code).containsExactly("commentRequired"));

        PeriodSheet returned = review.returnToStaff(commissioned, Q2, "请补充说明");
        assertThat(returned.report().state()).isEqualTo(ReportState.RETURNED);
        assertThat(returned.report().reviewComment()).isEqualTo("请补充说明");
    }

    @Test
    void anApprovedQuarterCannotBeReviewedOrSubmittedAgain() {
        loginAs("admin");
        long permits = project(SeedProjects.WORK_PERMITS_Q);
        Period q1 = Period.quarter(2019, 1);

        assertThatThrownBy(() -> review.approve(permits, q1, null)).isInstanceOfSatisfying(
                ReportLockedException.class, locked -> assertThat(locked.getState()).isEqualTo(ReportState.APPROVED));
        assertThatThrownBy(() -> review.submit(permits, q1, null)).isInstanceOf(ReportLockedException.class);
    }
}
