package org.perfgoals.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.QuarterReviewService;
import org.perfgoals.monitoring.read.ReportState;
import org.perfgoals.monitoring.domain.Period;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people acting on one quarter: the one who comes second is told in words what happened, and sees the quarter
 * as it now is. Submits and reviews the demo quarters, so the context is thrown away.
 */
class EntryViewConflictsKT extends EntryViewTestBase {

    @Autowired
    private QuarterEntryService monitoring;
    @Autowired
    private QuarterReviewService review;

    private static String lastNotification() {
        return getNotifications().stream().map(Notification::getElement)
                .map(element -> element.getProperty("text", "")).reduce((first, second) -> second).orElse("");
    }

    @Test
    void the_manager_approving_a_quarter_another_returned_is_told_so_in_words_and_sees_it_returned() {
        EntryView view = open("manager", 2);
        assertThat(view.sheet().report().state()).isEqualTo(ReportState.SUBMITTED);
        login("admin");
        review.returnToStaff(hotline(), Period.quarter(2019, 2), "请核实投诉率");
        login("manager");

        _click(view.approve);

        assertThat(lastNotification()).isEqualTo(
                "admin 已处理本季度，现在的状态为“已退回”。您的操作没有执行，页面已显示最新状态。");
        assertThat(lastNotification()).doesNotContain("RETURNED");
        assertThat(view.sheet().report().state()).isEqualTo(ReportState.RETURNED);
        assertThat(view.state.getText()).isEqualTo("已退回");
        assertThat(view.approve.isVisible()).as("nothing left to review").isFalse();
        assertThat(monitoring.sheet(hotline(), Period.quarter(2019, 2)).report().state())
                .as("the approve did not happen").isEqualTo(ReportState.RETURNED);
    }

    @Test
    void staff_submitting_a_quarter_another_submitted_are_told_who_and_see_it_submitted() {
        EntryView view = open("staff", 3);
        assertThat(view.submit.isEnabled()).isTrue();
        login("manager");
        review.submit(hotline(), Period.quarter(2019, 3), null);
        login("staff");

        _click(view.submit);

        assertThat(lastNotification()).isEqualTo(
                "manager 已处理本季度，现在的状态为“已提交，待审核”。您的操作没有执行，页面已显示最新状态。");
        assertThat(view.sheet().report().state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(view.submit.isEnabled()).isFalse();
        assertThat(view.save.isEnabled()).isFalse();
    }
}
