package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.perfgoals.monitoring.read.SheetRow;

/**
 * The heading of an indicator's card: its name, the status chip, a badge when an explanation is missing, and the
 * buttons for its history and (for reviewers) its judging settings.
 */
class CardHeading extends Div {

    final StatusChip chip;
    final Button history = new Button(VaadinIcon.CLOCK.create());
    final Button settings = new Button(VaadinIcon.COG.create());
    final Span missingExplanation = new Span();

    CardHeading(SheetRow row, StatusChip chip, Runnable onHistory, Runnable onSettings) {
        addClassName("entry-heading");
        this.chip = chip;
        Span name = new Span(row.indicator().name());
        name.addClassName("entry-name");
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        history.setAriaLabel(getTranslation("history.show"));
        history.setTooltipText(getTranslation("history.show"));
        history.addClickListener(click -> onHistory.run());
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        settings.setTooltipText(getTranslation("settings.show"));
        settings.setAriaLabel(getTranslation("settings.show"));
        settings.addClickListener(click -> onSettings.run());
        settings.setVisible(false);
        markMissingExplanation(missingExplanation, row);
        add(name, chip, missingExplanation, history, settings);
    }

    /** The badge saying that a row stored without its explanation (from a feed) still needs one. */
    static Span markMissingExplanation(Span badge, SheetRow row) {
        badge.setText(badge.getTranslation("entry.explanationMissing"));
        badge.getElement().getThemeList().add("badge error");
        badge.setVisible(row.explanationMissing());
        return badge;
    }
}
