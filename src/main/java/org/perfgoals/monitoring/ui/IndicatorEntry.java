package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.perfgoals.base.i18n.PeriodLabel;
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
import org.perfgoals.monitoring.input.InputLimits;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.wording.MonitoringWording;

/**
 * One indicator's line in the entry view: the target in words, the earlier quarters, this quarter's input in the
 * indicator's unit (a number, one number per part, an assessment or deadline progress), the status chip, and the
 * explanation a YELLOW or RED row needs.
 */
class IndicatorEntry extends Div {

    final IndicatorRecord indicator;
    final StatusChip chip;
    final TextField value = new TextField();
    final Map<String, TextField> parts = new LinkedHashMap<>();
    final Select<Assessment> assessment = new Select<>();
    final Checkbox done = new Checkbox();
    final DatePicker doneOn = new DatePicker();
    final Select<DeviationCause> cause = new Select<>();
    final TextField causeText = new TextField();
    final TextArea measures = new TextArea();
    final Select<Likelihood> likelihood = new Select<>();
    final Button history = new Button(VaadinIcon.CLOCK.create());
    final Button settings = new Button(VaadinIcon.COG.create());
    final Span missingExplanation = new Span();
    /**
     * Binds each input of the card with the service's own readers as validators; no bean: what is typed is sent
     * as typed ({@link #entry()}), so that the service reads and refuses it as well.
     */
    final Binder<ActualEntry> binder = new Binder<>();
    /** The bound inputs by the field they enter: where a refusal of the service is shown. */
    private final Map<FieldRef, HasValidation> bound = new HashMap<>();
    private final Div explanation = new Div();
    private final SheetRow row;

    IndicatorEntry(SheetRow row, Consumer<IndicatorEntry> onChange, Runnable onHistory, Runnable onSettings) {
        this.row = row;
        this.indicator = row.indicator();
        addClassName("indicator-entry");
        getElement().setAttribute("data-indicator", String.valueOf(indicator.id()));
        chip = new StatusChip(row.evaluation().status());
        Span name = new Span(indicator.name());
        name.addClassName("entry-name");
        Span target = new Span(new TargetWording(this::getTranslation).describe(indicator.target()));
        target.addClassName("entry-target");
        Span earlier = new Span(earlierText(row));
        earlier.addClassName("entry-earlier");
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        history.setAriaLabel(getTranslation("history.show"));
        history.setTooltipText(getTranslation("history.show"));
        history.addClickListener(click -> onHistory.run());
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        settings.setTooltipText(getTranslation("settings.show"));
        settings.setAriaLabel(getTranslation("settings.show"));
        settings.addClickListener(click -> onSettings.run());
        settings.setVisible(false);
        missingExplanation.setText(getTranslation("entry.explanationMissing"));
        missingExplanation.getElement().getThemeList().add("badge error");
        missingExplanation.setVisible(row.explanationMissing());
        Div heading = new Div(name, chip, missingExplanation, history, settings);
        heading.addClassName("entry-heading");
        Div info = new Div(target, earlier);
        info.addClassName("entry-info");
        if (indicator.target() instanceof Target.Relative) {
            Span baseline = new Span(BaselineText.of(this, row.baseline()));
            baseline.addClassName("entry-baseline");
            info.add(baseline);
        }
        add(heading, info, inputs(row), explanation());
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
                bindNumber(value, ref(ActualField.VALUE), q.unit(), indicator.name(), ActualEntry::value);
            }
            case Target.Relative r -> {
                inputs.add(number(value, getTranslation("entry.value"), ""));
                bindNumber(value, ref(ActualField.VALUE), "", indicator.name(), ActualEntry::value);
                inputs.add(assessmentSelect(getTranslation("entry.orAssessment")));
            }
            case Target.Compound c -> c.parts().forEach(part -> {
                TextField field = new TextField();
                parts.put(part.label(), field);
                inputs.add(number(field, part.label(), part.target().unit()));
                bindNumber(field, FieldRef.part(indicator.id(), part.label()), part.target().unit(), part.label(),
                        entry -> entry.parts().get(part.label()));
            });
            case Target.Qualitative q -> inputs.add(assessmentSelect(getTranslation("entry.assessment")));
            case Target.Deadline d -> {
                done.setLabel(getTranslation("entry.done"));
                doneOn.setLabel(getTranslation("entry.doneOn"));
                doneOn.setLocale(getLocale());
                inputs.add(done, doneOn);
                bind(done, ActualField.DONE, ActualEntry::done);
                bind(doneOn, ActualField.DONE_ON, ActualEntry::doneOn);
            }
        }
        return inputs;
    }

    private FieldRef ref(ActualField field) {
        return FieldRef.actual(indicator.id(), field);
    }

    private void bindNumber(TextField field, FieldRef ref, String unit, String name,
                            ValueProvider<ActualEntry, String> typed) {
        binder.forField(field).withValidator(EntryValidators.number(this, ref, unit, name)).bind(typed, null);
        bound.put(ref, field);
    }

    private void bindText(HasValue<?, String> field, ActualField what, ValueProvider<ActualEntry, String> typed) {
        binder.forField(field).withValidator(EntryValidators.text(this, ref(what), InputLimits.TEXT))
                .bind(typed, null);
        bound.put(ref(what), (HasValidation) field);
    }

    private <V, F extends HasValue<?, V> & HasValidation> void bind(F field, ActualField what,
                                                                   ValueProvider<ActualEntry, V> typed) {
        binder.forField(field).bind(typed, null);
        bound.put(ref(what), field);
    }

    private String cumulativeLabel() {
        return getTranslation(indicator.accumulation() == org.perfgoals.indicator.domain.Accumulation.CUMULATIVE
                ? "entry.valueSoFar" : "entry.valueOfPeriod");
    }

    private TextField number(TextField field, String label, String unit) {
        field.setLabel(label);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.setWidth("11em");
        if (unit != null && !unit.isEmpty()) {
            field.setSuffixComponent(new Span(unit));
        }
        return field;
    }

    private Select<Assessment> assessmentSelect(String label) {
        assessment.setLabel(label);
        assessment.setItems(Assessment.values());
        assessment.setItemLabelGenerator(item -> item == null ? "" : getTranslation("assessment." + item.name()));
        assessment.setEmptySelectionAllowed(true);
        assessment.setWidth("16em");
        bind(assessment, ActualField.ASSESSMENT, ActualEntry::assessment);
        return assessment;
    }

    private Component explanation() {
        cause.setLabel(getTranslation("entry.cause"));
        cause.setItems(DeviationCause.values());
        cause.setItemLabelGenerator(item -> item == null ? "" : getTranslation("cause." + item.name()));
        cause.setEmptySelectionAllowed(true);
        causeText.setLabel(getTranslation("entry.causeText"));
        causeText.setWidth("16em");
        measures.setLabel(getTranslation("entry.measures"));
        measures.setWidth("24em");
        likelihood.setLabel(getTranslation("entry.likelihood"));
        likelihood.setItems(Likelihood.values());
        likelihood.setItemLabelGenerator(item -> item == null ? "" : getTranslation("likelihood." + item.name()));
        likelihood.setEmptySelectionAllowed(true);
        bind(cause, ActualField.DEVIATION_CAUSE, ActualEntry::deviationCause);
        bindText(causeText, ActualField.DEVIATION_TEXT, ActualEntry::deviationText);
        bindText(measures, ActualField.MEASURES, ActualEntry::measures);
        bind(likelihood, ActualField.LIKELIHOOD, ActualEntry::likelihood);
        explanation.add(cause, causeText, measures, likelihood);
        explanation.addClassName("entry-explanation");
        return explanation;
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
        List<HasValue<?, ?>> inputs = new java.util.ArrayList<>(List.of(value, assessment, done, doneOn, likelihood));
        inputs.addAll(parts.values());
        inputs.forEach(input -> input.addValueChangeListener(event -> {
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
        boolean behind = !row.derived() && (status == Status.RED || status == Status.YELLOW);
        explanation.setVisible(behind || cause.getValue() != null || !measures.isEmpty());
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
        HasValidation input = bound.getOrDefault(field, valueInput());
        input.setErrorMessage(message);
        input.setInvalid(true);
        explanation.setVisible(explanation.isVisible() || input == cause || input == measures
                || input == likelihood || input == causeText);
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
        List<Component> fields = new java.util.ArrayList<>(List.of(value, assessment, done, doneOn, cause, causeText,
                measures, likelihood));
        fields.addAll(parts.values());
        return fields;
    }

    private String earlierText(SheetRow row) {
        if (row.earlier().isEmpty()) {
            return getTranslation("entry.noEarlier");
        }
        MonitoringWording wording = new MonitoringWording(this::getTranslation);
        return row.earlier().stream().map(earlier -> getTranslation("entry.earlierValue",
                        PeriodLabel.ofShort(this::getTranslation, earlier.period().endMonth()),
                        wording.value(earlier, indicator.target())))
                .collect(Collectors.joining("  "));
    }

    private static String text(BigDecimal number) {
        return number == null ? "" : TargetWording.number(number).replace(",", "");
    }
}
