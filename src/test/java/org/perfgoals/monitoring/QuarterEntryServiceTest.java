package org.perfgoals.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.MonitoringValidationException;
import org.perfgoals.monitoring.read.ChangeRecord;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.ReportState;
import org.springframework.beans.factory.annotation.Autowired;

/** Entering a quarter: what a save stores, what it refuses, and what a preview and the history say. */
class QuarterEntryServiceTest extends UseCaseTest {

    private static final Period Q4 = Period.quarter(2019, 4);

    @Autowired
    private QuarterEntryService entry;

    private long indicator(String name) {
        return entry.sheet(hotline(), Q4).rows().stream().filter(row -> row.indicator().name().equals(name))
                .findFirst().orElseThrow().indicator().id();
    }

    private static SheetInput actuals(ActualEntry... entries) {
        return new SheetInput(List.of(entries), List.of(), null, null);
    }

    @Test
    void aRefusedSaveStoresNothing() {
        loginAs("staff");
        long connection = indicator("综合接通率");
        long complaints = indicator("投诉率");
        PeriodSheet before = entry.sheet(hotline(), Q4);

        assertThatThrownBy(() -> entry.save(hotline(), Q4, actuals(ActualEntry.number(connection, "85"),
                ActualEntry.number(complaints, "很多")), EntryMode.FEED))
                .isInstanceOfSatisfying(MonitoringValidationException.class, refused -> assertThat(
                        refused.getErrors()).extracting(FieldError::code, error -> error.args().getFirst())
                        .containsExactly(tuple("actual.notNumber", "很多")));

        PeriodSheet after = entry.sheet(hotline(), Q4);
        assertThat(after.rows()).as("the valid row was not stored either").isEqualTo(before.rows());
        assertThat(after.report()).isEqualTo(before.report());
    }

    @Test
    void aSaveStoresTheValueWithItsVerdictAndReturnsTheNewVersion() {
        loginAs("staff");
        long connection = indicator("综合接通率");

        PeriodSheet saved = entry.save(hotline(), Q4, actuals(ActualEntry.number(connection, "７５")),
                EntryMode.FEED);

        assertThat(saved.row(connection).current().numericValue()).isEqualByComparingTo("75");
        assertThat(saved.row(connection).current().status()).isEqualTo(Status.RED);
        assertThat(saved.row(connection).current().updatedBy()).isEqualTo("staff");
        assertThat(saved.report().version()).isEqualTo(entry.sheet(hotline(), Q4).report().version());
        assertThat(entry.sheet(hotline(), Q4).row(connection).current().status()).isEqualTo(Status.RED);
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedNamingWhatChangedMeanwhile() {
        loginAs("staff");
        long connection = indicator("综合接通率");
        long seen = entry.sheet(hotline(), Q4).report().version();
        entry.save(hotline(), Q4, new SheetInput(List.of(ActualEntry.number(connection, "91")), List.of(), null,
                seen), EntryMode.FEED);

        assertThatThrownBy(() -> entry.save(hotline(), Q4, new SheetInput(
                List.of(ActualEntry.number(connection, "92")), List.of(), null, seen), EntryMode.FEED))
                .isInstanceOfSatisfying(StaleEditException.class, stale -> {
                    assertThat(stale.getChangedBy()).isEqualTo("staff");
                    assertThat(stale.getChanges()).extracting(ChangeRecord::field, ChangeRecord::newValue)
                            .containsExactly(tuple("value", "91"));
                });
        assertThat(entry.sheet(hotline(), Q4).row(connection).current().numericValue()).isEqualByComparingTo("91");
    }

    @Test
    void staffCannotChangeASubmittedQuarter() {
        loginAs("staff");
        long connection = indicator("综合接通率");
        Period q2 = Period.quarter(2019, 2);

        assertThatThrownBy(() -> entry.save(hotline(), q2, actuals(ActualEntry.number(connection, "99")),
                EntryMode.CHECKED)).isInstanceOfSatisfying(ReportLockedException.class,
                locked -> assertThat(locked.getState()).isEqualTo(ReportState.SUBMITTED));
    }

    @Test
    void aPreviewJudgesWhatIsTypedWithoutStoringIt() {
        loginAs("staff");
        long connection = indicator("综合接通率");
        PeriodSheet before = entry.sheet(hotline(), Q4);
        List<ChangeRecord> history = entry.history(ChangeSubject.INDICATOR, connection, Q4);

        RowPreview preview = entry.preview(hotline(), Q4, ActualEntry.number(connection, "75"));
        RowPreview unreadable = entry.preview(hotline(), Q4, ActualEntry.number(connection, "很多"));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.evaluation().status()).as("75 % against ≥ 80 %").isEqualTo(Status.RED);
        assertThat(unreadable.evaluation()).isNull();
        assertThat(unreadable.errors()).extracting(FieldError::code).containsExactly("actual.notNumber");
        assertThat(entry.sheet(hotline(), Q4)).isEqualTo(before);
        assertThat(entry.history(ChangeSubject.INDICATOR, connection, Q4)).isEqualTo(history);
    }

    @Test
    void theHistoryListsEveryChangeNewestFirst() {
        loginAs("staff");
        long complaints = indicator("投诉率");
        entry.save(hotline(), Q4, actuals(ActualEntry.number(complaints, "1")), EntryMode.FEED);
        entry.save(hotline(), Q4, actuals(ActualEntry.number(complaints, "2")), EntryMode.FEED);

        assertThat(entry.history(ChangeSubject.INDICATOR, complaints, Q4))
                .extracting(ChangeRecord::oldValue, ChangeRecord::newValue, ChangeRecord::changedBy)
                .containsExactly(tuple("1", "2", "staff"),
                        tuple(null, "1", "staff"));
    }
}
