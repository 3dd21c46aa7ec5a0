package org.perfgoals.alert.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.alert.AlertAction;
import org.perfgoals.alert.AlertEventRecord;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertRecord;
import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.AlertStatus;
import org.perfgoals.alert.AlertType;
import org.springframework.beans.factory.annotation.Autowired;

class AlertCenterViewKT extends KaribuTest {

    @Autowired
    private org.perfgoals.base.ui.LiveUpdates live;
    @Autowired
    private org.perfgoals.monitoring.OverdueService overdue;

    @Autowired
    private AlertService alerts;

    private AlertCenterView open(String user) {
        login(user);
        UI.getCurrent().navigate("alerts");
        return _get(AlertCenterView.class);
    }

    private static AlertRecord find(AlertCenterView view, String subject, int month) {
        return IntStream.range(0, _size(view.grid)).mapToObj(i -> _get(view.grid, i))
                .filter(alert -> subject.equals(alert.subjectName()) && alert.month() == month)
                .findFirst().orElseThrow();
    }

    @Test
    void the_demo_data_raised_the_alerts_the_dashboards_need() {
        AlertCenterView view = open("leader");
        _setValue(view.type, AlertType.TARGET_MISSED);
        AlertRecord missed = find(view, "综合接通率", 6);
        assertThat(missed.targetText()).isEqualTo("≥80.00%");
        assertThat(missed.actualText()).isEqualTo("76.5 %");
        assertThat(missed.demo()).isTrue();
        _setValue(view.type, AlertType.DATA_OVERDUE);
        assertThat(_size(view.grid)).as("Q3 and Q4 of five projects are overdue").isEqualTo(10);
    }

    @Test
    void the_list_follows_an_alert_closed_by_another_user_and_keeps_its_filter() {
        AlertCenterView view = open("leader");
        _setValue(view.type, AlertType.DATA_OVERDUE);
        live.poll();
        int before = _size(view.grid);
        AlertRecord first = _get(view.grid, 0);

        login("admin");
        alerts.resolve(first.id(), "已报送纸质材料");
        login("leader");
        live.poll();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);

        assertThat(view.type.getValue()).isEqualTo(AlertType.DATA_OVERDUE);
        assertThat(_size(view.grid)).isEqualTo(before - 1);
        assertThat(IntStream.range(0, _size(view.grid)).mapToObj(i -> _get(view.grid, i).id()))
                .doesNotContain(first.id());

        // As it was, for the other tests: the quarter is still not submitted, so the check raises it again.
        login("admin");
        overdue.checkOverdue(java.time.LocalDate.now());
        login("leader");
        assertThat(alerts.count(new AlertFilter(null, AlertType.DATA_OVERDUE, null, null, null, null, true)))
                .isEqualTo(before);
    }

    @Test
    void a_manager_acknowledges_then_resolves_an_alert_and_every_step_is_kept() {
        AlertCenterView view = open("manager");
        _setValue(view.type, AlertType.TARGET_AT_RISK);
        AlertRecord atRisk = find(view, "招聘人员完成率", 6);
        view.open(atRisk);
        AlertDialog dialog = _get(AlertDialog.class);
        _setValue(dialog.comment, "已安排专场招聘");
        _click(dialog.acknowledge);
        assertThat(alerts.get(atRisk.id()).orElseThrow().status()).isEqualTo(AlertStatus.ACKNOWLEDGED);

        view.open(atRisk);
        AlertDialog again = _get(AlertDialog.class);
        _setValue(again.comment, "三季度招聘完成");
        _click(again.resolve);
        AlertRecord resolved = alerts.get(atRisk.id()).orElseThrow();
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.events()).extracting(AlertEventRecord::action).containsExactly(
                AlertAction.RAISED, AlertAction.ACKNOWLEDGED, AlertAction.RESOLVED);
        assertThat(resolved.events()).extracting(AlertEventRecord::actor).containsExactly("system", "manager",
                "manager");
        assertThat(resolved.events().get(2).comment()).isEqualTo("三季度招聘完成");

        _setValue(view.status, AlertStatus.RESOLVED);
        assertThat(IntStream.range(0, _size(view.grid)).mapToObj(i -> _get(view.grid, i).id()))
                .contains(atRisk.id());
    }

    @Test
    void a_comment_longer_than_its_column_is_named_next_to_the_field_and_the_alert_stays_as_it_was() {
        AlertCenterView view = open("manager");
        _setValue(view.type, AlertType.TARGET_MISSED);
        AlertRecord missed = find(view, "综合接通率", 6);
        AlertStatus before = missed.status();
        int events = alerts.get(missed.id()).orElseThrow().events().size();
        view.open(missed);
        AlertDialog dialog = _get(AlertDialog.class);
        _setValue(dialog.comment, "说".repeat(AlertService.MAX_COMMENT + 1));
        _click(dialog.resolve);
        assertThat(dialog.comment.isInvalid()).isTrue();
        assertThat(dialog.comment.getErrorMessage()).isEqualTo("说明最多 4000 个字符（当前 4001 个）。");
        AlertRecord unchanged = alerts.get(missed.id()).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(before);
        assertThat(unchanged.events()).hasSize(events);
    }

    private static List<AlertRecord> rows(AlertCenterView view) {
        return IntStream.range(0, _size(view.grid)).mapToObj(i -> _get(view.grid, i)).toList();
    }

    @Test
    void sorting_by_the_update_time_keeps_the_filters_and_so_does_a_filter_chosen_after_sorting() {
        AlertCenterView view = open("leader");
        _setValue(view.type, AlertType.TARGET_MISSED);
        List<AlertRecord> filtered = rows(view);
        assertThat(filtered).isNotEmpty().allMatch(alert -> alert.type() == AlertType.TARGET_MISSED);
        Grid.Column<AlertRecord> updated = view.grid.getColumnByKey("updated");

        view.grid.sort(GridSortOrder.asc(updated).build());
        List<AlertRecord> oldestFirst = rows(view);
        assertThat(oldestFirst).as("the same alerts, the type filter kept").hasSameSizeAs(filtered)
                .allMatch(alert -> alert.type() == AlertType.TARGET_MISSED && alert.status().isActive());
        assertThat(oldestFirst).extracting(AlertRecord::updatedAt).isSorted();

        view.grid.sort(GridSortOrder.desc(updated).build());
        List<AlertRecord> newestFirst = rows(view);
        assertThat(newestFirst).extracting(AlertRecord::id)
                .containsExactlyElementsOf(oldestFirst.reversed().stream().map(AlertRecord::id).toList());

        _setValue(view.type, AlertType.DATA_OVERDUE);
        assertThat(rows(view)).as("a filter chosen while sorted").hasSize(10)
                .allMatch(alert -> alert.type() == AlertType.DATA_OVERDUE);
        assertThat(rows(view)).extracting(AlertRecord::updatedAt).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void the_header_counts_the_active_alerts_of_the_users_unit() {
        login("staff");
        UI.getCurrent().navigate("projects");
        Span count = _get(Span.class, spec -> spec.withClasses("alert-count"));
        assertThat(Long.parseLong(count.getText())).isEqualTo(alerts.countActiveForCurrentUser()).isPositive();
    }
}
