package org.perfgoals.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfgoals.base.ui.Texts;
import org.perfgoals.monitoring.domain.scoring.Level1PointsInput;
import org.perfgoals.monitoring.domain.scoring.WeightScheme;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.MonitoringValidationException;

/**
 * The unit's own points per 一级: one field per 一级 of the project, the running total, and a save that either
 * stores all of them or names what is wrong next to each field (nothing stored).
 */
class CustomWeightsForm extends Div {

    /** Stores a weighting; throws {@link MonitoringValidationException} naming refused fields. */
    @FunctionalInterface
    interface WeightsChange {
        void apply(WeightScheme scheme, Map<String, BigDecimal> level1Points);
    }

    final Map<String, TextField> fields = new LinkedHashMap<>();
    final Span total = new Span();
    final Span error = new Span();
    final Button save = new Button();

    CustomWeightsForm(Map<String, BigDecimal> current, WeightsChange onSave) {
        addClassName("custom-weights");
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        current.forEach((level1, points) -> {
            TextField field = new TextField(level1);
            field.setValue(points.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
            field.setSuffixComponent(new Span(getTranslation("score.pointsUnit")));
            field.setWidth("10em");
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addValueChangeListener(event -> showTotal());
            fields.put(level1, field);
            row.add(field);
        });
        total.addClassName("custom-weights-total");
        error.addClassName("custom-weights-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        save.setText(getTranslation("score.custom.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(onSave));
        HorizontalLayout actions = new HorizontalLayout(save, total);
        actions.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent
                .Alignment.BASELINE);
        add(new Span(getTranslation("score.custom.hint")), row, actions, error);
        showTotal();
    }

    private void showTotal() {
        total.setText(getTranslation("score.custom.total", Level1PointsInput.sumOfReadable(typed())
                .stripTrailingZeros().toPlainString()));
    }

    private Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach((level1, field) -> typed.put(level1, field.getValue()));
        return typed;
    }

    private void save(WeightsChange onSave) {
        error.setText("");
        fields.values().forEach(field -> field.setInvalid(false));
        Level1PointsInput.Read read = Level1PointsInput.read(typed());
        if (!read.readable()) {
            read.problems().stream().map(FieldError::of).forEach(this::show);
            return;
        }
        try {
            onSave.apply(WeightScheme.CUSTOM, read.points());
        } catch (MonitoringValidationException refused) {
            refused.getErrors().forEach(this::show);
        }
    }

    /** Shows a refusal next to the field of its 一级, or below the fields when it is about the points together. */
    private void show(FieldError refused) {
        String message = getTranslation("monitoring.error." + refused.code(), refused.args().toArray());
        TextField field = refused.field() instanceof FieldRef.Level1Points points ? fields.get(points.level1())
                : null;
        if (field != null) {
            refuse(field, message);
        } else {
            error.setText(error.getText().isEmpty() ? message : Texts.list(this, List.of(error.getText(), message)));
        }
    }

    private static void refuse(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
