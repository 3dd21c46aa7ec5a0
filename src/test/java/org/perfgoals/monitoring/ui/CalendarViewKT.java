package org.perfgoals.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.AlertType;
import org.perfgoals.monitoring.domain.ReportingRound;
import org.springframework.beans.factory.annotation.Autowired;

/** The reporting calendar page: a year's rounds with their days, an extra round added, a day refused on its field. */
class CalendarViewKT extends KaribuTest {

    @Autowired
    private AlertService alerts;

    private CalendarView open() {
        login("admin");
        UI.getCurrent().navigate("admin/calendar");
        CalendarView view = _get(CalendarView.class);
        _setValue(view.year, 2019);
        return view;
    }

    private static List<String> cells(CalendarView view, String key) {
        int rows = GridKt._size(view.grid);
        return java.util.stream.IntStream.range(0, rows)
                .mapToObj(row -> GridKt._getFormattedRow(view.grid, row).get(
                        view.grid.getColumns().indexOf(view.grid.getColumnByKey(key))))
                .toList();
    }

    @Test
    void the_year_shows_its_quarters_due_ten_days_after_they_end() {
        CalendarView view = open();
        assertThat(cells(view, "period")).containsExactly("第1季度", "第2季度", "第3季度", "第4季度");
        assertThat(cells(view, "due")).containsExactly("2019-04-10", "2019-07-10", "2019-10-10", "2020-01-10");
        assertThat(cells(view, "source")).containsOnly("默认（季度结束后天数）");
        assertThat(view.rule.getText()).contains("10 天");
    }

    @Test
    void an_extra_round_added_in_the_dialog_takes_its_place_and_raises_its_overdue_alerts() {
        CalendarView view = open();
        _click(view.add);
        RoundDialog dialog = view.dialog.current();
        assertThat(dialog).isNotNull();
        _setValue(dialog.month, 7);
        assertThat(dialog.due.getValue()).as("a month after the period, as a start").isEqualTo(
                LocalDate.of(2019, 8, 31));
        _setValue(dialog.due, LocalDate.of(2019, 8, 15));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(cells(view, "period")).containsExactly("第1季度", "第2季度", "1–7月", "第3季度", "第4季度");
        assertThat(cells(view, "source").get(2)).isEqualTo("专项轮次");
        assertThat(alerts.count(new AlertFilter(null, AlertType.DATA_OVERDUE, null, null, 2019, 7, true)))
                .isEqualTo(5);

        ReportingRound extra = view.grid.getGenericDataView().getItems().toList().get(2);
        view.reset(extra);
        assertThat(cells(view, "period")).hasSize(4);
        assertThat(alerts.count(new AlertFilter(null, AlertType.DATA_OVERDUE, null, null, 2019, 7, true)))
                .isZero();
    }

    @Test
    void a_day_before_the_quarter_ends_is_refused_on_the_due_field_and_nothing_changes() {
        CalendarView view = open();
        ReportingRound q3 = view.grid.getGenericDataView().getItems().toList().get(2);
        view.move(q3);
        RoundDialog dialog = view.dialog.current();
        assertThat(dialog).isNotNull();
        assertThat(dialog.due.getValue()).isEqualTo(LocalDate.of(2019, 10, 10));
        _setValue(dialog.due, LocalDate.of(2019, 9, 1));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.due.isInvalid()).isTrue();
        assertThat(dialog.due.getErrorMessage()).isEqualTo("截止日期不能早于期间结束日 2019-09-30");
        assertThat(cells(view, "due").get(2)).isEqualTo("2019-10-10");

        _setValue(dialog.due, LocalDate.of(2019, 10, 31));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(cells(view, "due").get(2)).isEqualTo("2019-10-31");
        assertThat(cells(view, "source").get(2)).isEqualTo("管理员设定");
        view.reset(view.grid.getGenericDataView().getItems().toList().get(2));
        assertThat(cells(view, "due").get(2)).isEqualTo("2019-10-10");
    }
}
