package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetWording;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.domain.forecast.Forecast;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.InputLimits;
import org.perfgoals.monitoring.input.FieldRef.ActualField;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.wording.MonitoringWording;

/**
 * One indicator's inputs for a period, whether shown as a card ({@link IndicatorEntry}) or as a row of the table
 * ({@link EntryTableRow}): the status chip, the input(s) its kind of target takes (a number, one number per part, an
 * assessment, deadline progress), the explanation a YELLOW or RED row needs, all bound by {@link CardBindings} with
 * the service's own readers, and what is typed as an {@link ActualEntry}. The layouts only place and label them.
 */
class ActualFields {

    /** A number input with what the layout labels it with and the unit of measure beside it. */
    record NumberInput(String label, TextField field, String measureUnit) {
    }

    final SheetRow row;
    final IndicatorRecord indicator;
    final StatusChip chip;
    final TextField value = new TextField();
    final Map<String, TextField> parts = new LinkedHashMap<>();
    /** The number inputs in the order shown: the value, or one per part of a compound target. */
    final List<NumberInput> numbers = new ArrayList<>();
    final Select<Assessment> assessment = new Select<>();
    final Checkbox done = new Checkbox();
    final DatePicker doneOn = new DatePicker();
    final ExplanationSection explanation = new ExplanationSection();
    /** 全年预计完成情况: what the user expects for the year, as text; the suggestion below can fill it. */
    final TextField expected = new TextField();
    /** The suggested full-year value, how it was made and the likelihood it suggests; empty without one. */
    final Span suggestion = new Span();
    /** Puts the suggested value into {@link #expected} (the user may still change it). */
    final Button adopt = new Button();
    final Binder<ActualEntry> binder;
    private final CardBindings bindings;
    /** What the assessment is labelled with; null when the target is not judged by an assessment. */
    private final @Nullable String assessmentLabel;
    /** Whether the user changed an input (or it was filled from the other layout) since the sheet was shown. */
    private boolean touched;

    ActualFields(SheetRow row, Component translator) {
        this.row = row;
        this.indicator = row.indicator();
        chip = new StatusChip(row.evaluation().status());
        bindings = new CardBindings(translator, indicator.id());
        binder = bindings.binder;
        bindings.bind(explanation.cause, ActualField.DEVIATION_CAUSE, ActualEntry::deviationCause);
        bindings.text(explanation.causeText, ActualField.DEVIATION_TEXT, ActualEntry::deviationText);
        bindings.text(explanation.measures, ActualField.MEASURES, ActualEntry::measures);
        bindings.bind(explanation.likelihood, ActualField.LIKELIHOOD, ActualEntry::likelihood);
        expected.setMaxLength(InputLimits.EXPECTED_FULL_YEAR);
        bindings.text(expected, ActualField.EXPECTED_FULL_YEAR, ActualEntry::expectedFullYear);
        showSuggestion(translator, row.forecast());
        String judgedBy = null;
        if (!row.derived()) {
            switch (indicator.target()) {
                case Target.Quantitative q -> number(value, translator.getTranslation(
                        indicator.accumulation() == Accumulation.CUMULATIVE ? "entry.valueSoFar"
                                : "entry.valueOfPeriod"), bindings.ref(ActualField.VALUE), q.unit(), indicator.name(),
                        ActualEntry::value);
                case Target.Relative r -> {
                    number(value, translator.getTranslation("entry.value"), bindings.ref(ActualField.VALUE), "",
                            indicator.name(), ActualEntry::value);
                    judgedBy = translator.getTranslation("entry.orAssessment");
                }
                case Target.Compound c -> c.parts().forEach(part -> {
                    TextField field = new TextField();
                    parts.put(part.label(), field);
                    number(field, part.label(), FieldRef.part(indicator.id(), part.label()), part.target().unit(),
                            part.label(), entry -> entry.parts().get(part.label()));
                });
                case Target.Qualitative q -> judgedBy = translator.getTranslation("entry.assessment");
                case Target.Deadline d -> {
                    doneOn.setLocale(UI.getCurrent() == null ? Locale.CHINA : UI.getCurrent().getLocale());
                    bindings.bind(done, ActualField.DONE, ActualEntry::done);
                    bindings.bind(doneOn, ActualField.DONE_ON, ActualEntry::doneOn);
                }
            }
        }
        assessmentLabel = judgedBy;
        if (judgedBy != null) {
            assessment.setItems(Assessment.values());
            assessment.setItemLabelGenerator(item -> item == null ? ""
                    : translator.getTranslation("assessment." + item.name()));
            assessment.setEmptySelectionAllowed(true);
            bindings.bind(assessment, ActualField.ASSESSMENT, ActualEntry::assessment);
        }
        fill(row.current());
        showExplanation(row.evaluation().status());
    }

    private void showSuggestion(Component translator, @Nullable Forecast forecast) {
        suggestion.addClassName("entry-forecast-suggestion");
        adopt.setText(translator.getTranslation("entry.forecast.adopt"));
        adopt.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        adopt.setVisible(forecast != null);
        if (forecast == null) {
            return;
        }
        String shown = MonitoringWording.forecastValue(row);
        suggestion.setText(new MonitoringWording(translator::getTranslation).forecast(row));
        adopt.addClickListener(click -> {
            expected.setValue(shown);
            touched = true;
        });
    }

    private void number(TextField field, String label, FieldRef ref, String measureUnit, String name,
                        com.vaadin.flow.function.ValueProvider<ActualEntry, String> typed) {
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        if (measureUnit != null && !measureUnit.isEmpty()) {
            field.setSuffixComponent(new Span(measureUnit));
        }
        bindings.number(field, ref, measureUnit, name, typed);
        numbers.add(new NumberInput(label, field, measureUnit));
    }

    /** Whether the target is judged by an assessment (alone, or instead of a relative target's number). */
    boolean assessed() {
        return assessmentLabel != null;
    }

    @Nullable String assessmentLabel() {
        return assessmentLabel;
    }

    boolean deadline() {
        return !row.derived() && indicator.target() instanceof Target.Deadline;
    }

    private void fill(@Nullable ActualRecord current) {
        if (current == null) {
            return;
        }
        value.setValue(text(current.numericValue()));
        parts.forEach((label, field) -> field.setValue(text(current.parts().get(label))));
        assessment.setValue(current.assessment());
        done.setValue(Boolean.TRUE.equals(current.done()));
        doneOn.setValue(current.doneOn());
        explanation.cause.setValue(current.deviationCause());
        explanation.causeText.setValue(current.deviationText() == null ? "" : current.deviationText());
        explanation.measures.setValue(current.measures() == null ? "" : current.measures());
        explanation.likelihood.setValue(current.likelihood());
        expected.setValue(current.expectedFullYear() == null ? "" : current.expectedFullYear());
    }

    /** Puts what was typed elsewhere (the other layout) into these inputs, as if it had been typed here. */
    void type(ActualEntry typed) {
        touched = true;
        value.setValue(typed.value() == null ? "" : typed.value());
        parts.forEach((label, field) -> field.setValue(typed.parts().getOrDefault(label, "")));
        assessment.setValue(typed.assessment());
        done.setValue(Boolean.TRUE.equals(typed.done()));
        doneOn.setValue(typed.doneOn());
        explanation.cause.setValue(typed.deviationCause());
        explanation.causeText.setValue(typed.deviationText() == null ? "" : typed.deviationText());
        explanation.measures.setValue(typed.measures() == null ? "" : typed.measures());
        explanation.likelihood.setValue(typed.likelihood());
        expected.setValue(typed.expectedFullYear() == null ? "" : typed.expectedFullYear());
    }

    /** Calls back with these fields whenever the user changes an input that changes the verdict. */
    void listen(Consumer<ActualFields> onChange) {
        Stream.concat(Stream.<HasValue<?, ?>>of(value, assessment, done, doneOn, explanation.likelihood),
                        parts.values().stream())
                .forEach(input -> input.addValueChangeListener(event -> {
                    if (event.isFromClient()) {
                        touched = true;
                        onChange.accept(this);
                    }
                }));
        Stream.<HasValue<?, ?>>of(explanation.cause, explanation.causeText, explanation.measures, expected)
                .forEach(input -> input.addValueChangeListener(event -> touched |= event.isFromClient()));
    }

    boolean touched() {
        return touched;
    }

    /** Marks the row as changed by the user other than by typing (a paste). */
    void touch() {
        touched = true;
    }

    /** What is in the fields now, as typed. */
    ActualEntry entry() {
        Map<String, String> typed = parts.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getValue(), (a, b) -> a,
                        LinkedHashMap::new));
        boolean deadline = indicator.target() instanceof Target.Deadline;
        return new ActualEntry(indicator.id(), value.getValue(), typed, assessment.getValue(),
                deadline ? done.getValue() : null, deadline && done.getValue() ? doneOn.getValue() : null,
                explanation.cause.getValue(), explanation.causeText.getValue(), explanation.measures.getValue(),
                explanation.likelihood.getValue(), expected.getValue().isBlank() ? null : expected.getValue());
    }

    /** Whether anything was entered for this row (a row left empty is not saved). */
    boolean hasInput() {
        ActualEntry entry = entry();
        return !row.derived() && (!entry.value().isBlank() || !entry.parts().isEmpty() || entry.assessment() != null
                || Boolean.TRUE.equals(entry.done()) || row.current() != null);
    }

    void setStatus(Status status) {
        chip.setStatus(status);
        showExplanation(status);
    }

    private void showExplanation(Status status) {
        // A derived row (预算执行率) is explained through the budget execution, not here.
        explanation.showFor(!row.derived() && (status == Status.RED || status == Status.YELLOW));
    }

    void clearErrors() {
        inputs().forEach(field -> {
            if (field instanceof HasValidation validated) {
                validated.setInvalid(false);
                validated.setErrorMessage(null);
            }
        });
    }

    /**
     * Shows a refusal next to the bound input of its field ({@code indicator:12.part:响应时间} on that part's
     * field); a field this row has no input for (the value of a row judged by assessment, a part it does not have)
     * is shown on the row's value input.
     */
    void showError(FieldRef field, String message) {
        HasValidation input = bindings.inputOf(field, valueInput());
        input.setErrorMessage(message);
        input.setInvalid(true);
        explanation.showIfRefused(input);
    }

    /** Where the row's value is entered: the number (the first part's), else the assessment or the checkbox. */
    private HasValidation valueInput() {
        if (!numbers.isEmpty()) {
            return numbers.getFirst().field();
        }
        return assessed() ? assessment : done;
    }

    void setEditable(boolean editable) {
        inputs().forEach(field -> ((HasValue<?, ?>) field).setReadOnly(!editable));
        adopt.setEnabled(editable);
    }

    /** Whether the inputs are on the page now (their card or row is on the page shown). */
    boolean shown() {
        return chip.isAttached();
    }

    private List<Component> inputs() {
        return Stream.concat(Stream.<Component>of(value, assessment, done, doneOn, explanation.cause,
                explanation.causeText, explanation.measures, explanation.likelihood, expected),
                parts.values().stream()).toList();
    }

    static String text(@Nullable BigDecimal number) {
        return number == null ? "" : TargetWording.number(number).replace(",", "");
    }
}
