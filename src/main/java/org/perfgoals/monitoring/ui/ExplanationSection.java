package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;

/**
 * The explanation part of an indicator's card: the deviation's cause (with a text for 其他), the corrective measures
 * and the likelihood of reaching the target. Shown when the row is behind, or when something is already explained.
 */
class ExplanationSection extends Div {

    final Select<DeviationCause> cause = new Select<>();
    final TextField causeText = new TextField();
    final TextArea measures = new TextArea();
    final Select<Likelihood> likelihood = new Select<>();

    ExplanationSection() {
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
        add(cause, causeText, measures, likelihood);
        addClassName("entry-explanation");
    }

    /** Shown when the row is behind (YELLOW or RED), or when a cause or measures were already entered. */
    void showFor(boolean behind) {
        setVisible(behind || cause.getValue() != null || !measures.isEmpty());
    }

    /** Shown, too, when one of its inputs shows a refusal. */
    void showIfRefused(HasValidation input) {
        setVisible(isVisible() || input == cause || input == measures || input == likelihood || input == causeText);
    }
}
