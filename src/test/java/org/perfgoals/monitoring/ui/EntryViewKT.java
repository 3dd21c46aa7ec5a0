package org.perfgoals.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.AlertType;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.EntryMode;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.read.ReportState;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class EntryViewKT extends EntryViewTestBase {

    private static final String HOTLINE = SeedProjects.HOTLINE;

    @Autowired
    private QuarterEntryService monitoring;
    @Autowired
    private AlertService alerts;

    private static IndicatorEntry row(EntryView view, String name) {
        return view.rows.stream().filter(row -> row.indicator.name().equals(name)).findFirst().orElseThrow();
    }

    private long storedValues(int quarter) {
        return monitoring.sheet(hotline(), Period.quarter(2019, quarter)).rows().stream()
                .filter(row -> row.current() != null).count();
    }


    @Test
    void staff_enter_a_value_and_the_row_is_judged_at_once_then_saved() {
        EntryView view = open("staff", 4);
        assertThat(view.sheet().report().state()).isEqualTo(ReportState.DRAFT);
        IndicatorEntry connection = row(view, "综合接通率");
        _setValue(connection.value, "85%");
        assertThat(connection.chip.status()).isEqualTo(Status.GREEN.name());
        _setValue(connection.value, "７５");
        assertThat(connection.chip.status()).as("a quarter at 75 % against ≥ 80 % missed").isEqualTo("RED");
        assertThat(connection.chip.getStyle().get("background-color")).as("the colours of StatusColors")
                .isEqualTo("var(--status-red-tint)");
        assertThat(UI.getCurrent().getElement().getStyle().get("--status-red-tint"))
                .isEqualTo(org.perfgoals.chart.StatusColors.palette("RED").tint());
        _setValue(connection.value, "85");
        _click(view.save);
        assertThat(monitoring.sheet(hotline(), Period.quarter(2019, 4)).row(connection.indicator.id())
                .current().numericValue()).isEqualByComparingTo("85");
    }

    @Test
    void the_header_says_when_the_quarter_was_due_and_how_long_ago_while_it_is_with_staff() {
        EntryView view = open("staff", 4);
        long past = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2020, 1, 10),
                java.time.LocalDate.now());
        assertThat(view.banner.due.getText()).isEqualTo("报送截止 2020-01-10，已逾期 "
                + java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("zh-CN")).format(past)
                + " 天");
        assertThat(view.banner.due.getElement().getThemeList()).contains("error");

        EntryView submitted = open("staff", 1);
        assertThat(submitted.sheet().report().state()).isEqualTo(ReportState.APPROVED);
        assertThat(submitted.banner.due.getText()).as("handed in: the day alone").isEqualTo("报送截止 2019-04-10");
    }

    @Test
    void invalid_input_is_refused_next_to_the_field_and_nothing_is_stored() {
        EntryView view = open("staff", 4);
        long before = storedValues(4);
        IndicatorEntry satisfaction = row(view, "综合满意度");
        IndicatorEntry rate = row(view, "投诉率");
        _setValue(satisfaction.value, "250");
        _setValue(rate.value, "9a8");
        _click(view.save);
        assertThat(satisfaction.value.isInvalid()).isTrue();
        assertThat(satisfaction.value.getErrorMessage()).contains("0–100");
        assertThat(rate.value.isInvalid()).isTrue();
        assertThat(rate.value.getErrorMessage()).contains("9a8");
        assertThat(storedValues(4)).isEqualTo(before);
    }

    @Test
    void a_red_row_needs_cause_measures_and_likelihood_before_it_is_saved() {
        EntryView view = open("staff", 4);
        IndicatorEntry fault = row(view, "二级故障");
        _setValue(fault.parts.get("响应时间"), "20");
        _setValue(fault.parts.get("故障处理时间"), "240");
        assertThat(fault.chip.status()).isEqualTo("RED");
        _click(view.save);
        assertThat(fault.cause.isInvalid()).isTrue();
        assertThat(fault.measures.isInvalid()).isTrue();
        assertThat(fault.likelihood.isInvalid()).isTrue();
        assertThat(monitoring.sheet(hotline(), Period.quarter(2019, 4)).row(fault.indicator.id()).current())
                .as("nothing stored").isNull();

        _setValue(fault.cause, DeviationCause.HARDWARE);
        _setValue(fault.measures, "更换老化设备");
        _setValue(fault.likelihood, Likelihood.POSSIBLE);
        _click(view.save);
        assertThat(monitoring.sheet(hotline(), Period.quarter(2019, 4)).row(fault.indicator.id())
                .evaluation().status()).isEqualTo(Status.RED);
        assertThat(alerts.list(AlertFilter.activeOfProject(hotline()), Pageable.unpaged()))
                .anySatisfy(alert -> {
                    assertThat(alert.type()).isEqualTo(AlertType.TARGET_MISSED);
                    assertThat(alert.subjectName()).isEqualTo("二级故障");
                    assertThat(alert.month()).isEqualTo(12);
                    assertThat(alert.actualText()).contains("240");
                });
    }

    @Test
    void staff_submit_are_locked_out_and_see_why_a_manager_returned_the_quarter() {
        EntryView view = open("staff", 3);
        _click(view.submit);
        assertThat(view.sheet().report().state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(view.save.isEnabled()).isFalse();
        assertThat(row(view, "综合接通率").value.isReadOnly()).isTrue();

        EntryView review = open("manager", 3);
        assertThat(review.returnButton.isVisible()).isTrue();
        _click(review.returnButton);
        assertThat(review.reviewComment.isInvalid()).as("a return needs a comment").isTrue();
        _setValue(review.reviewComment, "二级故障的处理时间请核实");
        _click(review.returnButton);
        assertThat(review.sheet().report().state()).isEqualTo(ReportState.RETURNED);

        EntryView again = open("staff", 3);
        assertThat(again.returned.isVisible()).isTrue();
        assertThat(again.returned.getText()).contains("manager").contains("二级故障的处理时间请核实");
        assertThat(again.save.isEnabled()).isTrue();
    }

    @Test
    void a_second_save_of_the_same_quarter_is_refused_and_names_who_changed_what() {
        EntryView view = open("staff", 4);
        IndicatorEntry satisfaction = row(view, "公众满意度");
        long id = satisfaction.indicator.id();

        login("manager");
        monitoring.save(hotline(), Period.quarter(2019, 4),
                new SheetInput(List.of(ActualEntry.number(id, "93")), List.of(), null, null), EntryMode.CHECKED);
        login("staff");

        _setValue(satisfaction.value, "91");
        _click(view.save);
        assertThat(view.summary.getText()).contains("manager").contains("93");
        assertThat(monitoring.sheet(hotline(), Period.quarter(2019, 4)).row(id).current().numericValue())
                .as("the first save is not overwritten").isEqualByComparingTo("93");
    }

    @Test
    void a_compound_card_says_each_earlier_quarter_by_part_and_marks_where_a_quarter_ends() {
        EntryView view = open("staff", 4);
        IndicatorEntry fault = row(view, "三级故障");
        Span earlier = _get(fault, Span.class, spec -> spec.withClasses("entry-earlier"));
        String quarter = "响应时间 18 分钟；故障处理时间 864 分钟";
        assertThat(earlier.getText()).isEqualTo("Q1：" + quarter + " · Q2：" + quarter + " · Q3：" + quarter);
    }

    @Test
    void a_cell_shows_its_history() {
        EntryView view = open("manager", 2);
        IndicatorEntry connection = row(view, "综合接通率");
        _click(connection.history);
        HistoryDialog history = _get(HistoryDialog.class);
        assertThat(history.grid.getListDataView().getItems().toList())
                .anySatisfy(change -> assertThat(change.newValue()).isEqualTo("76.5"));
    }

    @Test
    void demo_values_are_marked_and_coloured() {
        EntryView view = open("staff", 2);
        assertThat(view.demo.isVisible()).isTrue();
        assertThat(row(view, "综合接通率").chip.status()).isEqualTo("RED");
        assertThat(row(view, "招聘人员完成率").chip.status()).isEqualTo("YELLOW");
        assertThat(row(view, "系统建设完成率").chip.status()).isEqualTo("GREEN");
    }

    @Test
    void a_manager_changes_how_an_indicator_is_judged_and_the_verdict_follows() {
        EntryView view = open("manager", 2);
        IndicatorEntry training = row(view, "服务人员培训率");
        assertThat(training.settings.isVisible()).isTrue();
        String before = training.chip.status();
        _click(training.settings);
        IndicatorSettingsDialog dialog = _get(IndicatorSettingsDialog.class);
        var original = dialog.accumulation.getValue();
        var other = original == org.perfgoals.indicator.domain.Accumulation.CUMULATIVE
                ? org.perfgoals.indicator.domain.Accumulation.PER_PERIOD
                : org.perfgoals.indicator.domain.Accumulation.CUMULATIVE;
        _setValue(dialog.accumulation, other);
        _click(dialog.save);
        IndicatorEntry changed = row(_get(EntryView.class), "服务人员培训率");
        assertThat(changed.indicator.accumulation()).isEqualTo(other);
        assertThat(changed.chip.status()).as("100 %% against a pro-rated 50 %% is far over").isNotEqualTo(before);

        _click(changed.settings);
        IndicatorSettingsDialog back = _get(IndicatorSettingsDialog.class);
        _setValue(back.accumulation, original);
        _click(back.save);
        assertThat(row(_get(EntryView.class), "服务人员培训率").chip.status()).isEqualTo(before);
    }

    @Test
    void staff_do_not_see_the_judging_settings() {
        EntryView view = open("staff", 2);
        assertThat(row(view, "服务人员培训率").settings.isVisible()).isFalse();
    }
}
