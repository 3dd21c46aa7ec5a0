package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
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
import java.util.Map;
import java.util.function.Consumer;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.TargetWording;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.domain.Assessment;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.read.SheetRow;

/**
 * One indicator's card in the entry view: its heading ({@link CardHeading}), what it says of the target and the
 * earlier periods ({@link CardInfo}), this period's input in the indicator's unit of measure (a number, one number
 * per part, an assessment or deadline progress) and the explanation a YELLOW or RED row needs
 * ({@link ExplanationSection}): the {@link ActualFields} of the row, laid out as a card with labels.
 */
class IndicatorEntry extends Div implements IndicatorRow {

    final ActualFields fields;
    final IndicatorRecord indicator;
    final StatusChip chip;
    final TextField value;
    final Map<String, TextField> parts;
    final Select<Assessment> assessment;
    final Checkbox done;
    final DatePicker doneOn;
    final Select<DeviationCause> cause;
    final TextField causeText;
    final TextArea measures;
    final Select<Likelihood> likelihood;
    final Button history;
    final Button settings;
    final Span missingExplanation;
    final Binder<ActualEntry> binder;

    IndicatorEntry(SheetRow row, Consumer<ActualFields> onChange, Runnable onHistory, Runnable onSettings) {
        fields = new ActualFields(row, this);
        indicator = fields.indicator;
        chip = fields.chip;
        value = fields.value;
        parts = fields.parts;
        assessment = fields.assessment;
        done = fields.done;
        doneOn = fields.doneOn;
        cause = fields.explanation.cause;
        causeText = fields.explanation.causeText;
        measures = fields.explanation.measures;
        likelihood = fields.explanation.likelihood;
        binder = fields.binder;
        addClassName("indicator-entry");
        getElement().setAttribute("data-indicator", String.valueOf(indicator.id()));
        CardHeading heading = new CardHeading(row, chip, onHistory, onSettings);
        history = heading.history;
        settings = heading.settings;
        missingExplanation = heading.missingExplanation;
        add(heading, new CardInfo(row), inputs(row), forecast(), fields.explanation);
        fields.listen(onChange);
    }

    private Component inputs(SheetRow row) {
        FlexLayout inputs = new FlexLayout();
        inputs.addClassName("entry-inputs");
        inputs.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        if (row.derived()) {
            inputs.add(derived(this, row));
            return inputs;
        }
        fields.numbers.forEach(number -> {
            number.field().setLabel(number.label());
            number.field().setWidth("11em");
            inputs.add(number.field());
        });
        if (fields.assessed()) {
            assessment.setLabel(fields.assessmentLabel());
            assessment.setWidth("16em");
            inputs.add(assessment);
        }
        if (fields.deadline()) {
            done.setLabel(getTranslation("entry.done"));
            doneOn.setLabel(getTranslation("entry.doneOn"));
            inputs.add(done, doneOn);
        }
        return inputs;
    }

    /** 全年预计: the user's full-year value, and beside it the suggestion and how it was made. */
    private Component forecast() {
        fields.expected.setLabel(getTranslation("entry.forecast.expected"));
        fields.expected.setWidth("14em");
        // The suggestion and its button wrap as one, so that the button stays beside the words it adopts.
        Span advice = new Span(fields.suggestion, fields.adopt);
        advice.addClassName("entry-forecast-advice");
        FlexLayout forecast = new FlexLayout(fields.expected, advice);
        forecast.getStyle().set("column-gap", "var(--lumo-space-m)");
        forecast.addClassName("entry-forecast");
        forecast.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        forecast.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return forecast;
    }

    /** What a derived row (预算执行率) shows instead of inputs: its value computed from the spending. */
    static Span derived(Component translator, SheetRow row) {
        Span derived = new Span(translator.getTranslation("entry.derived", row.derivedValue() == null ? "—"
                : TargetWording.number(row.derivedValue()) + " %"));
        derived.addClassName("entry-derived");
        return derived;
    }

    @Override
    public ActualFields fields() {
        return fields;
    }

    /** What is in the fields now, as typed. */
    ActualEntry entry() {
        return fields.entry();
    }
}
