package org.perfgoals.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The period's alerts read once find, per kind and subject, what one query per kind and subject found. */
class PeriodAlertsTest {

    private static final Instant AT = Instant.parse("2019-10-05T08:00:00Z");
    private static final AlertSubject RATE = new AlertSubject(7, "热线", "中心", 71L, null);
    private static final AlertSubject OTHER_RATE = new AlertSubject(7, "热线", "中心", 72L, null);
    private static final AlertSubject PROJECT = new AlertSubject(7, "热线", "中心", null, null);
    private static final AlertSubject STAFF_COSTS = new AlertSubject(7, "热线", "中心", null, "咨询员费用");

    private static Alert alert(AlertType type, AlertSubject subject) {
        return new Alert(type, subject, 2019, 9, "≥98%", "76.5 %", "staff", AT);
    }

    @Test
    void each_kind_and_subject_finds_only_its_own_active_alerts() {
        Alert missed = alert(AlertType.TARGET_MISSED, RATE);
        Alert atRisk = alert(AlertType.TARGET_AT_RISK, RATE);
        Alert other = alert(AlertType.TARGET_MISSED, OTHER_RATE);
        Alert behind = alert(AlertType.BUDGET_BEHIND_TIME, PROJECT);
        Alert over = alert(AlertType.OVER_BUDGET, STAFF_COSTS);
        PeriodAlerts period = new PeriodAlerts(7, 2019, 9, List.of(missed, atRisk, other, behind, over));

        assertThat(period.active(AlertType.TARGET_MISSED, RATE)).containsExactly(missed);
        assertThat(period.active(AlertType.TARGET_AT_RISK, RATE)).containsExactly(atRisk);
        assertThat(period.active(AlertType.TARGET_MISSED, OTHER_RATE)).containsExactly(other);
        assertThat(period.active(AlertType.BUDGET_BEHIND_TIME, PROJECT)).as("no indicator, no item")
                .containsExactly(behind);
        assertThat(period.active(AlertType.OVER_BUDGET, STAFF_COSTS)).containsExactly(over);
        assertThat(period.active(AlertType.OVER_BUDGET, PROJECT)).as("an item's alert is not the project's")
                .isEmpty();
    }

    @Test
    void a_resolved_alert_is_no_longer_found_and_a_raised_one_is() {
        Alert missed = alert(AlertType.TARGET_MISSED, RATE);
        PeriodAlerts period = new PeriodAlerts(7, 2019, 9, List.of(missed));

        missed.resolveAutomatically(AT, "GREEN");
        Alert again = alert(AlertType.TARGET_MISSED, RATE);
        period.added(again);

        assertThat(period.active(AlertType.TARGET_MISSED, RATE)).containsExactly(again);
    }

    @Test
    void another_projects_subject_is_refused() {
        PeriodAlerts period = new PeriodAlerts(7, 2019, 9, List.of());

        assertThatThrownBy(() -> period.active(AlertType.TARGET_MISSED, new AlertSubject(8, "x", "y", 1L, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
