package org.perfgoals.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfgoals.OtherUnit;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.Evaluation;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.read.ChangeSubject;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The entry view's table mode: rows typed and pasted are read, refused and saved exactly as the cards are (the same
 * inputs, the same save); the choice of layout is remembered; who may not enter a quarter cannot in the table either.
 */
class EntryTableKT extends EntryViewTestBase {

    private static final Period Q4 = Period.quarter(2019, 4);

    @Autowired
    private QuarterEntryService monitoring;
    @Autowired
    private UserAccounts accounts;

    private EntryView openTable(String user, int quarter) {
        login(user);
        UI.getCurrent().navigate("monitoring/" + hotline() + "/2019/" + quarter, QueryParameters.of("mode", "table"));
        return _get(EntryView.class);
    }

    private static EntryTable table(EntryView view) {
        return view.indicators.table;
    }

    private static EntryTableRow row(EntryView view, String name) {
        return table(view).pages.rows.stream().filter(row -> row.fields.indicator.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static IndicatorEntry card(EntryView view, String name) {
        return view.rows.stream().filter(row -> row.indicator.name().equals(name)).findFirst().orElseThrow();
    }

    private PeriodSheet stored() {
        return monitoring.sheet(hotline(), Q4);
    }

    private long storedValues() {
        return stored().rows().stream().filter(row -> row.current() != null).count();
    }

    @Test
    void rows_typed_in_the_table_are_sent_and_stored_exactly_as_the_form_sends_them() {
        EntryView form = open("staff", 4);
        _setValue(card(form, "综合接通率").value, "85%");
        _setValue(card(form, "综合满意度").value, "98.5");
        _setValue(card(form, "二级故障").parts.get("响应时间"), "20");
        _setValue(card(form, "二级故障").parts.get("故障处理时间"), "100");
        _setValue(card(form, "长效管理情况").assessment, Assessment.MET);
        List<ActualEntry> fromForm = form.input().actuals();

        EntryView view = openTable("staff", 4);
        assertThat(view.indicators.tabs.tableShown()).isTrue();
        assertThat(table(view).isAttached()).isTrue();
        assertThat(view.cards.isAttached()).as("no cards in table mode").isFalse();
        assertThat(table(view).pages.shown).hasSize(17);
        _setValue(row(view, "综合接通率").fields.value, "85%");
        _setValue(row(view, "综合满意度").fields.value, "98.5");
        _setValue(row(view, "二级故障").fields.parts.get("响应时间"), "20");
        _setValue(row(view, "二级故障").fields.parts.get("故障处理时间"), "100");
        _setValue(row(view, "长效管理情况").fields.assessment, Assessment.MET);
        assertThat(row(view, "综合接通率").fields.chip.status()).as("judged as typed").isEqualTo("GREEN");
        assertThat(view.input().actuals()).as("the same entries as the form's").isEqualTo(fromForm);

        _click(view.save);
        PeriodSheet sheet = stored();
        long connection = row(view, "综合接通率").fields.indicator.id();
        assertThat(sheet.row(connection).current().numericValue()).isEqualByComparingTo("85");
        assertThat(sheet.row(connection).evaluation().status()).isEqualTo(Status.GREEN);
        long satisfaction = row(view, "综合满意度").fields.indicator.id();
        assertThat(sheet.row(satisfaction).current().numericValue()).isEqualByComparingTo("98.5");
        long fault = row(view, "二级故障").fields.indicator.id();
        assertThat(sheet.row(fault).current().parts()).containsOnlyKeys("响应时间", "故障处理时间");
        assertThat(sheet.row(fault).current().parts().get("故障处理时间")).isEqualByComparingTo("100");
        assertThat(sheet.row(fault).evaluation().status()).isEqualTo(Status.GREEN);
        long lasting = row(view, "长效管理情况").fields.indicator.id();
        assertThat(sheet.row(lasting).current().assessment()).isEqualTo(Assessment.MET);
        for (ActualEntry entry : fromForm) {
            assertThat(sheet.row(entry.indicatorId()).evaluation().status())
                    .as("the verdict the form's preview gives")
                    .isEqualTo(monitoring.preview(hotline(), Q4, entry).evaluation().status());
        }
        assertThat(monitoring.history(ChangeSubject.INDICATOR, connection, Q4))
                .anySatisfy(change -> {
                    assertThat(change.newValue()).isEqualTo("85");
                    assertThat(change.changedBy()).isEqualTo("staff");
                });
        assertThat(row(_get(EntryView.class), "综合接通率").fields.value.getValue())
                .as("the table shows what was stored").isEqualTo("85");
    }

    @Test
    void a_bad_value_in_one_row_is_shown_on_its_cell_and_nothing_is_stored() {
        EntryView view = openTable("staff", 4);
        long before = storedValues();
        _setValue(row(view, "综合接通率").fields.value, "85");
        TextField rate = row(view, "投诉率").fields.value;
        _setValue(rate, "9a8");
        _click(view.save);
        assertThat(rate.isInvalid()).isTrue();
        assertThat(rate.getErrorMessage()).contains("9a8");
        assertThat(row(view, "综合接通率").fields.value.isInvalid()).isFalse();
        assertThat(storedValues()).as("nothing stored").isEqualTo(before);
        assertThat(stored().row(row(view, "投诉率").fields.indicator.id()).current()).isNull();
    }

    @Test
    void a_red_row_opens_its_explanation_under_the_row_and_is_not_saved_without_it() {
        EntryView view = openTable("staff", 4);
        EntryTableRow connection = row(view, "综合接通率");
        assertThat(connection.fields.explanation.isVisible()).isFalse();
        _setValue(connection.fields.value, "75");
        assertThat(connection.fields.chip.status()).isEqualTo("RED");
        assertThat(connection.fields.explanation.isVisible()).isTrue();
        long before = storedValues();
        _click(view.save);
        assertThat(connection.fields.explanation.cause.isInvalid()).isTrue();
        assertThat(connection.fields.explanation.measures.isInvalid()).isTrue();
        assertThat(storedValues()).isEqualTo(before);
    }

    @Test
    void a_pasted_column_fills_the_cell_and_the_rows_below_and_more_columns_fill_to_the_right() {
        // The third quarter, which the other tests do not save: it holds the demo values, which the paste replaces.
        EntryView view = openTable("staff", 3);
        String quality = row(view, "质量控制合格率").fields.value.getValue();
        table(view).paste(row(view, "综合接通率").fields.indicator.id(), 0, "85\r\n100\r\n100\r\n");
        assertThat(row(view, "综合接通率").fields.value.getValue()).isEqualTo("85");
        assertThat(row(view, "招聘人员完成率").fields.value.getValue()).isEqualTo("100");
        assertThat(row(view, "服务人员培训率").fields.value.getValue()).isEqualTo("100");
        assertThat(row(view, "质量控制合格率").fields.value.getValue()).as("only three lines").isEqualTo(quality)
                .isNotEmpty();
        assertThat(row(view, "综合接通率").fields.chip.status()).as("judged as typed").isEqualTo("GREEN");

        table(view).paste(row(view, "二级故障").fields.indicator.id(), 0, "20\t100\n25\t200\n");
        assertThat(row(view, "二级故障").fields.parts.get("响应时间").getValue()).isEqualTo("20");
        assertThat(row(view, "二级故障").fields.parts.get("故障处理时间").getValue()).isEqualTo("100");
        assertThat(row(view, "三级故障").fields.parts.get("故障处理时间").getValue()).isEqualTo("200");

        EntryTableRow lasting = row(view, "长效管理情况");
        EntryTableRow human = row(view, "人力资源对项目可持续影响");
        Assessment kept = human.fields.assessment.getValue();
        table(view).paste(lasting.fields.indicator.id(), lasting.assessmentColumn(), "达成\n好\n");
        assertThat(lasting.fields.assessment.getValue()).isEqualTo(Assessment.MET);
        assertThat(human.fields.assessment.getValue()).as("kept").isEqualTo(kept);
        assertThat(human.fields.assessment.isInvalid()).as("好 is no assessment").isTrue();
        assertThat(human.fields.assessment.getErrorMessage()).startsWith("“好”不是评价结果");

        _click(view.save);
        PeriodSheet sheet = monitoring.sheet(hotline(), Period.quarter(2019, 3));
        assertThat(sheet.row(row(view, "综合接通率").fields.indicator.id()).current().numericValue())
                .isEqualByComparingTo("85");
        assertThat(sheet.row(row(view, "招聘人员完成率").fields.indicator.id()).current().numericValue())
                .isEqualByComparingTo("100");
        assertThat(sheet.row(row(view, "三级故障").fields.indicator.id()).current().parts().get("响应时间"))
                .isEqualByComparingTo("25");
        assertThat(sheet.row(row(view, "三级故障").fields.indicator.id()).evaluation().status())
                .isEqualTo(Status.GREEN);
        assertThat(sheet.row(lasting.fields.indicator.id()).current().assessment()).isEqualTo(Assessment.MET);
    }

    @Test
    void a_bad_pasted_number_is_refused_on_its_cell_like_a_typed_one() {
        EntryView view = openTable("staff", 4);
        table(view).paste(row(view, "综合满意度").fields.indicator.id(), 0, "250\n0.5\n");
        TextField satisfaction = row(view, "综合满意度").fields.value;
        assertThat(satisfaction.isInvalid()).isTrue();
        assertThat(satisfaction.getErrorMessage()).contains("0–100");
        assertThat(row(view, "投诉率").fields.value.getValue()).isEqualTo("0.5");
        long before = storedValues();
        _click(view.save);
        assertThat(satisfaction.isInvalid()).as("refused by the save too").isTrue();
        assertThat(storedValues()).isEqualTo(before);
    }

    @Test
    void a_pasted_date_marks_a_deadline_done_and_a_cell_the_row_cannot_read_is_refused_on_it() {
        login("staff");
        SheetRow deadline = new SheetRow(new IndicatorRecord(9001, "产出指标", "时效指标", "系统上线", "2019年11月底前上线",
                new Target.Deadline(LocalDate.of(2019, 11, 30), "2019年11月底前上线"), false, 1,
                Accumulation.PER_PERIOD, null, null), null, List.of(),
                new Evaluation(Status.NO_DATA, null, "", Map.of()), null, false, null, null);
        EntryTableRow.Columns columns = EntryTableRow.Columns.of(List.of(deadline));
        assertThat(columns).as("no assessment column where no row has one")
                .isEqualTo(new EntryTableRow.Columns(1, false, true));
        EntryTableRow row = new EntryTableRow(deadline, columns, fields -> { });
        // As the table makes it for a quarter the user may edit (the binder, with no setter, makes it read-only).
        row.fields.setEditable(true);
        assertThat(row.deadlineColumn()).as("beside the number column").isEqualTo(1);

        assertThat(row.paste(1, " 2019/11/20 ")).isEmpty();
        assertThat(row.fields.done.getValue()).isTrue();
        assertThat(row.fields.entry().doneOn()).isEqualTo(LocalDate.of(2019, 11, 20));

        assertThat(row.paste(1, "下周")).contains("“下周”不是日期：请按 2019-12-15 的格式填写。");
        assertThat(row.fields.entry().doneOn()).as("kept").isEqualTo(LocalDate.of(2019, 11, 20));
        assertThat(row.paste(1, "")).isEmpty();
        assertThat(row.fields.entry().done()).isFalse();
        assertThat(row.fields.entry().doneOn()).isNull();
        assertThat(row.paste(0, "5")).as("a deadline has no number").isEmpty();
        assertThat(row.fields.entry().value()).isEmpty();
    }

    @Test
    void the_layout_is_remembered_and_what_was_typed_goes_along_when_switching() {
        EntryView view = open("staff", 4);
        assertThat(view.indicators.tabs.tableShown()).as("cards by default").isFalse();
        _setValue(card(view, "综合接通率").value, "75");
        view.indicators.tabs.setSelectedTab(view.indicators.tabs.table);
        EntryTableRow connection = row(view, "综合接通率");
        assertThat(connection.fields.value.getValue()).isEqualTo("75");
        assertThat(connection.fields.chip.status()).isEqualTo("RED");

        UI.getCurrent().navigate("monitoring/" + hotline() + "/2019/3");
        assertThat(table(_get(EntryView.class)).isAttached()).as("remembered in the session").isTrue();
        UI.getCurrent().navigate("monitoring/" + hotline() + "/2019/3", QueryParameters.of("mode", "form"));
        assertThat(_get(EntryView.class).cards.isAttached()).isTrue();
    }

    @Test
    void a_submitted_quarter_takes_no_paste_from_staff() {
        EntryView view = openTable("staff", 2);
        EntryTableRow connection = row(view, "综合接通率");
        String before = connection.fields.value.getValue();
        assertThat(connection.fields.value.isReadOnly()).isTrue();
        table(view).paste(connection.fields.indicator.id(), 0, "1\n2\n");
        assertThat(connection.fields.value.getValue()).isEqualTo(before);
        assertThat(view.save.isEnabled()).isFalse();
    }

    @Test
    void a_leader_and_another_units_staff_cannot_open_the_table() {
        login("staff");
        long hotline = hotline();
        login("leader");
        UI.getCurrent().navigate("monitoring/" + hotline + "/2019/4", QueryParameters.of("mode", "table"));
        assertThat(_find(EntryView.class)).isEmpty();
        OtherUnit.createUsers(accounts);
        login(OtherUnit.STAFF);
        UI.getCurrent().navigate("monitoring/" + hotline + "/2019/4", QueryParameters.of("mode", "table"));
        assertThat(_find(EntryView.class)).isEmpty();
        assertThat(_find(EntryTable.class)).isEmpty();
    }
}
