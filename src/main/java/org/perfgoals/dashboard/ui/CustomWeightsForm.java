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
import org.perfgoals.monitoring.FieldError;
import org.perfgoals.monitoring.MonitoringValidationException;
import org.perfgoals.monitoring.domain.ActualInput;
import org.perfgoals.monitoring.domain.scoring.WeightScheme;

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
        BigDecimal sum = BigDecimal.ZERO;
        for (TextField field : fields.values()) {
            ActualInput.ParsedNumber parsed = ActualInput.parse(field.getValue(), "", false);
            if (parsed.isValid()) {
                sum = sum.add(parsed.value());
            }
        }
        total.setText(getTranslation("score.custom.total", sum.stripTrailingZeros().toPlainString()));
    }

    private void save(WeightsChange onSave) {
        error.setText("");
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        boolean readable = true;
        for (Map.Entry<String, TextField> entry : fields.entrySet()) {
            TextField field = entry.getValue();
            field.setInvalid(false);
            ActualInput.ParsedNumber parsed = ActualInput.parse(field.getValue(), "", false);
            if (parsed.isValid()) {
                points.put(entry.getKey(), parsed.value());
            } else if (ActualInput.EMPTY.equals(parsed.error())) {
                points.put(entry.getKey(), null);
            } else {
                readable = false;
                refuse(field, getTranslation("monitoring.error." + parsed.error(), field.getValue()));
            }
        }
        if (!readable) {
            return;
        }
        try {
            onSave.apply(WeightScheme.CUSTOM, points);
        } catch (MonitoringValidationException refused) {
            refused.getErrors().forEach(this::show);
        }
    }

    private void show(FieldError refused) {
        String message = getTranslation("monitoring.error." + refused.code(), refused.args().toArray());
        String level1 = refused.field().startsWith("weights:") ? refused.field().substring("weights:".length()) : null;
        TextField field = level1 == null ? null : fields.get(level1);
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
