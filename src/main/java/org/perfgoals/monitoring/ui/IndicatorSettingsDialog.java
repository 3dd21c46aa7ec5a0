package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Accumulation;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetWording;
import org.perfgoals.monitoring.JudgingService;
import org.perfgoals.monitoring.read.SheetRow;

/**
 * A manager sets how an indicator is judged: accumulating over the year or judged on each period's own figure,
 * and, for "better than last year", last year's value.
 */
class IndicatorSettingsDialog extends Dialog {

    final Select<Accumulation> accumulation = new Select<>();
    final TextField baseline = new TextField();
    final Button save = new Button();

    IndicatorSettingsDialog(SheetRow row, JudgingService monitoring, Runnable onSaved) {
        IndicatorRecord indicator = row.indicator();
        setHeaderTitle(getTranslation("settings.title", indicator.name()));
        accumulation.setLabel(getTranslation("settings.accumulation"));
        accumulation.setItems(Accumulation.values());
        accumulation.setItemLabelGenerator(item -> item == null ? "" : getTranslation("accumulation." + item.name()));
        accumulation.setValue(indicator.accumulation());
        accumulation.setWidth("22em");
        baseline.setLabel(getTranslation("settings.baseline"));
        baseline.setWidth("22em");
        baseline.setValue(indicator.baseline() == null ? ""
                : TargetWording.number(indicator.baseline()).replace(",", ""));
        baseline.setVisible(indicator.target() instanceof Target.Relative);
        baseline.setHelperText(BaselineText.ifEmpty(this, row.baseline()));
        add(new Paragraph(getTranslation("settings.help")), accumulation, baseline);
        save.setText(getTranslation("settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            BigDecimal value;
            try {
                value = baseline.isEmpty() ? null : new BigDecimal(baseline.getValue().strip().replace(",", ""));
            } catch (NumberFormatException notANumber) {
                baseline.setErrorMessage(getTranslation("monitoring.error.actual.notNumber", baseline.getValue()));
                baseline.setInvalid(true);
                return;
            }
            monitoring.configureIndicator(indicator.id(), accumulation.getValue(), value);
            close();
            onSaved.run();
        });
        getFooter().add(new Button(getTranslation("close"), click -> close()), save);
    }
}
