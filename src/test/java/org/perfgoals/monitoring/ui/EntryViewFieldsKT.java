package org.perfgoals.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedProjects;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.RowPreview;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.project.ProjectSummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The entry view shows a refusal on the input its {@link FieldRef} names, and its binder refuses what the service
 * refuses with the service's own words; the project picker pages through the projects by the typed name.
 */
class EntryViewFieldsKT extends EntryViewTestBase {

    @Autowired
    private QuarterEntryService monitoring;

    private static IndicatorEntry row(EntryView view, String name) {
        return view.rows.stream().filter(row -> row.indicator.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_field_refuses_at_once_what_the_service_refuses_and_says_the_same() {
        EntryView view = open("staff", 4);
        IndicatorEntry satisfaction = row(view, "综合满意度");
        _setValue(satisfaction.value, "250");
        RowPreview preview = monitoring.preview(hotline(), Period.quarter(2019, 4), satisfaction.entry());
        FieldError refused = preview.errors().getFirst();
        assertThat(refused.field()).isEqualTo(FieldRef.actual(satisfaction.indicator.id(),
                FieldRef.ActualField.VALUE));
        assertThat(satisfaction.binder.validate().isOk()).as("the binder refuses it too").isFalse();
        assertThat(satisfaction.value.isInvalid()).isTrue();
        assertThat(satisfaction.value.getErrorMessage())
                .isEqualTo(view.getTranslation("monitoring.error." + refused.code(), refused.args().toArray()))
                .contains("0–100");
        _setValue(satisfaction.value, "９８");
        assertThat(satisfaction.binder.validate().isOk()).as("full-width digits read as the service reads them")
                .isTrue();
        assertThat(satisfaction.value.isInvalid()).isFalse();
    }

    @Test
    void a_refused_part_is_shown_on_that_part_and_no_other_field_of_the_card() {
        EntryView view = open("staff", 4);
        IndicatorEntry fault = row(view, "二级故障");
        _setValue(fault.parts.get("响应时间"), "20");
        _setValue(fault.parts.get("故障处理时间"), "9a8");
        _click(view.save);
        assertThat(fault.parts.get("故障处理时间").isInvalid()).isTrue();
        assertThat(fault.parts.get("故障处理时间").getErrorMessage()).contains("9a8");
        assertThat(fault.parts.get("响应时间").isInvalid()).isFalse();
        assertThat(fault.value.isInvalid()).isFalse();
    }

    @Test
    void the_services_refusal_of_a_sub_items_spending_lands_on_its_reason_not_its_amount() {
        EntryView view = open("staff", 4);
        SpendingEntryRow line = view.spending.getFirst();
        _setValue(line.amount, "999999999");
        _click(view.save);
        assertThat(line.reason.isInvalid()).as("spent beyond the budget without a reason").isTrue();
        assertThat(line.reason.getErrorMessage())
                .isEqualTo(view.getTranslation("monitoring.error.overBudgetReasonRequired", line.item.name()));
        assertThat(line.reason.isVisible()).isTrue();
        assertThat(line.amount.isInvalid()).isFalse();
        view.spending.stream().skip(1).forEach(other -> assertThat(other.reason.isInvalid()).isFalse());
    }

    @Test
    void the_project_picker_pages_through_the_projects_and_finds_one_by_its_typed_name() {
        EntryView view = open("admin", 1);
        assertThat(view.project.getDataProvider().isInMemory()).as("fetched a page at a time").isFalse();
        ComboBoxKt.setUserInput(view.project, SeedProjects.WORK_PERMITS_Q);
        assertThat(ComboBoxKt.getSuggestionItems(view.project)).extracting(ProjectSummary::name)
                .containsExactly(SeedProjects.WORK_PERMITS);
        ComboBoxKt.setUserInput(view.project, "");
        assertThat(ComboBoxKt.getSuggestionItems(view.project)).extracting(ProjectSummary::name)
                .containsAll(SeedProjects.ALL);
    }
}
