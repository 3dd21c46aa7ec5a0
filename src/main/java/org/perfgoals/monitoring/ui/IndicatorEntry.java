package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetWording;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.FieldRef.ActualField;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.SheetRow;

/**
 * One indicator's card in the entry view: its heading ({@link CardHeading}), what it says of the target and the
 * earlier periods ({@link CardInfo}), this period's input in the indicator's unit of measure (a number, one number
 * per part, an assessment or deadline progress) and the explanation a YELLOW or RED row needs
 * ({@link ExplanationSection}), bound by {@link CardBindings}.
 */
class IndicatorEntry extends Div {

    final IndicatorRecord indicator;
    final StatusChip chip;
    final TextField value = new TextField();
    final Map<String, TextField> parts = new LinkedHashMap<>();
    final Select<Assessment> assessment = new Select<>();
    final Checkbox done = new Checkbox();
    final DatePicker doneOn = new DatePicker();
    private final ExplanationSection explanation = new ExplanationSection();
    final Select<DeviationCause> cause = explanation.cause;
    final TextField causeText = explanation.causeText;
    final TextArea measures = explanation.measures;
    final Select<Likelihood> likelihood = explanation.likelihood;
    final Button history;
    final Button settings;
    final Span missingExplanation;
    private final CardBindings bindings;
    final Binder<ActualEntry> binder;
    private final SheetRow row;

    IndicatorEntry(SheetRow row, Consumer<IndicatorEntry> onChange, Runnable onHistory, Runnable onSettings) {
        this.row = row;
        this.indicator = row.indicator();
        addClassName("indicator-entry");
        getElement().setAttribute("data-indicator", String.valueOf(indicator.id()));
        CardHeading heading = new CardHeading(row, onHistory, onSettings);
        chip = heading.chip;
        history = heading.history;
        settings = heading.settings;
        missingExplanation = heading.missingExplanation;
        bindings = new CardBindings(this, indicator.id());
        binder = bindings.binder;
        bindings.bind(cause, ActualField.DEVIATION_CAUSE, ActualEntry::deviationCause);
        bindings.text(causeText, ActualField.DEVIATION_TEXT, ActualEntry::deviationText);
        bindings.text(measures, ActualField.MEASURES, ActualEntry::measures);
        bindings.bind(likelihood, ActualField.LIKELIHOOD, ActualEntry::likelihood);
        add(heading, new CardInfo(row), inputs(row), explanation);
        fill(row.current());
        listen(onChange);
        showExplanation(row.evaluation().status());
    }

    private Component inputs(SheetRow row) {
        FlexLayout inputs = new FlexLayout();
        inputs.addClassName("entry-inputs");
        inputs.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        if (row.derived()) {
            Span derived = new Span(getTranslation("entry.derived", row.derivedValue() == null ? "—"
                    : TargetWording.number(row.derivedValue()) + " %"));
            derived.addClassName("entry-derived");
            inputs.add(derived);
            return inputs;
        }
        switch (indicator.target()) {
            case Target.Quantitative q -> {
                inputs.add(number(value, cumulativeLabel(), q.unit()));
                bindings.number(value, bindings.ref(ActualField.VALUE), q.unit(), indicator.name(),
                        ActualEntry::value);
            }
            case Target.Relative r -> {
                inputs.add(number(value, getTranslation("entry.value"), ""));
                bindings.number(value, bindings.ref(ActualField.VALUE), "", indicator.name(), ActualEntry::value);
                inputs.add(assessmentSelect(getTranslation("entry.orAssessment")));
            }
            case Target.Compound c -> c.parts().forEach(part -> {
                TextField field = new TextField();
                parts.put(part.label(), field);
                inputs.add(number(field, part.label(), part.target().unit()));
                bindings.number(field, FieldRef.part(indicator.id(), part.label()), part.target().unit(),
                        part.label(), entry -> entry.parts().get(part.label()));
            });
            case Target.Qualitative q -> inputs.add(assessmentSelect(getTranslation("entry.assessment")));
            case Target.Deadline d -> {
                done.setLabel(getTranslation("entry.done"));
                doneOn.setLabel(getTranslation("entry.doneOn"));
                doneOn.setLocale(getLocale());
                inputs.add(done, doneOn);
                bindings.bind(done, ActualField.DONE, ActualEntry::done);
                bindings.bind(doneOn, ActualField.DONE_ON, ActualEntry::doneOn);
            }
        }
        return inputs;
    }

    private String cumulativeLabel() {
        return getTranslation(indicator.accumulation() == org.perfgoals.indicator.domain.Accumulation.CUMULATIVE
                ? "entry.valueSoFar" : "entry.valueOfPeriod");
    }

    private TextField number(TextField field, String label, String measureUnit) {
        field.setLabel(label);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.setWidth("11em");
        if (measureUnit != null && !measureUnit.isEmpty()) {
            field.setSuffixComponent(new Span(measureUnit));
        }
        return field;
    }

    private Select<Assessment> assessmentSelect(String label) {
        assessment.setLabel(label);
        assessment.setItems(Assessment.values());
        assessment.setItemLabelGenerator(item -> item == null ? "" : getTranslation("assessment." + item.name()));
        assessment.setEmptySelectionAllowed(true);
        assessment.setWidth("16em");
        bindings.bind(assessment, ActualField.ASSESSMENT, ActualEntry::assessment);
        return assessment;
    }

    private void fill(ActualRecord current) {
        if (current == null) {
            return;
        }
        value.setValue(text(current.numericValue()));
        parts.forEach((label, field) -> field.setValue(text(current.parts().get(label))));
        assessment.setValue(current.assessment());
        done.setValue(Boolean.TRUE.equals(current.done()));
        doneOn.setValue(current.doneOn());
        cause.setValue(current.deviationCause());
        causeText.setValue(current.deviationText() == null ? "" : current.deviationText());
        measures.setValue(current.measures() == null ? "" : current.measures());
        likelihood.setValue(current.likelihood());
    }

    private void listen(Consumer<IndicatorEntry> onChange) {
        Stream.concat(Stream.<HasValue<?, ?>>of(value, assessment, done, doneOn, likelihood), parts.values().stream())
                .forEach(input -> input.addValueChangeListener(event -> {
                    if (event.isFromClient()) {
                        onChange.accept(this);
                    }
                }));
    }

    /** What is in the fields now, as typed. */
    ActualEntry entry() {
        Map<String, String> typed = parts.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getValue(), (a, b) -> a,
                        LinkedHashMap::new));
        boolean deadline = indicator.target() instanceof Target.Deadline;
        return new ActualEntry(indicator.id(), value.getValue(), typed, assessment.getValue(),
                deadline ? done.getValue() : null, deadline && done.getValue() ? doneOn.getValue() : null,
                cause.getValue(), causeText.getValue(), measures.getValue(), likelihood.getValue(), null);
    }

    /** Whether anything was entered for this row (a row left empty is not saved). */
    boolean hasInput() {
        ActualEntry entry = entry();
        return !row.derived() && (!entry.value().isBlank() || !entry.parts().isEmpty() || entry.assessment() != null
                || Boolean.TRUE.equals(entry.done()) || row.current() != null);
    }

    boolean derived() {
        return row.derived();
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
        fields().forEach(field -> {
            if (field instanceof HasValidation validated) {
                validated.setInvalid(false);
                validated.setErrorMessage(null);
            }
        });
    }

    /**
     * Shows a refusal next to the bound input of its field ({@code indicator:12.part:响应时间} on that part's
     * field); a field this card has no input for (the value of a row judged by assessment, a part it does not have)
     * is shown on the row's value input.
     */
    void showError(FieldRef field, String message) {
        HasValidation input = bindings.inputOf(field, valueInput());
        input.setErrorMessage(message);
        input.setInvalid(true);
        explanation.showIfRefused(input);
    }

    /** Where the row's value is entered: the number, else the assessment or the deadline's checkbox. */
    private HasValidation valueInput() {
        if (indicator.target() instanceof Target.Quantitative || indicator.target() instanceof Target.Relative) {
            return value;
        }
        return assessment.isAttached() ? assessment : done;
    }

    void setEditable(boolean editable) {
        fields().forEach(field -> ((HasValue<?, ?>) field).setReadOnly(!editable));
    }

    private List<Component> fields() {
        return Stream.concat(Stream.<Component>of(value, assessment, done, doneOn, cause, causeText, measures,
                likelihood), parts.values().stream()).toList();
    }

    private static String text(BigDecimal number) {
        return number == null ? "" : TargetWording.number(number).replace(",", "");
    }
}
