package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Supplier;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;

/**
 * Shows the service's refusals of a save or submit on the entry view's inputs, each on the input its
 * {@link FieldRef} names, and clears them before the next try.
 */
class EntryErrors {

    private final Component translator;
    private final Supplier<CardPages<?>> indicators;
    private final List<SpendingEntryRow> spending;
    private final TextArea executionReason;

    /** {@code indicators}: the cards or table rows shown now, which turn to the page of an indicator not shown. */
    EntryErrors(Component translator, Supplier<CardPages<?>> indicators, List<SpendingEntryRow> spending,
                TextArea executionReason) {
        this.translator = translator;
        this.indicators = indicators;
        this.spending = spending;
        this.executionReason = executionReason;
    }

    void clear() {
        indicators.get().fields().forEach(ActualFields::clearErrors);
        spending.forEach(SpendingEntryRow::clearErrors);
        executionReason.setInvalid(false);
    }

    /**
     * Shows each refusal next to the input of its field: the indicator's card (turning to its page first, for the
     * first refused indicator), the sub-item's line, the year-end reason.
     */
    void show(List<FieldError> errors) {
        CardPages<?> pages = indicators.get();
        errors.stream().map(FieldError::field).filter(FieldRef.OfIndicator.class::isInstance)
                .map(field -> ((FieldRef.OfIndicator) field).indicatorId()).findFirst()
                .filter(id -> pages.fields().stream().noneMatch(row -> row.indicator.id() == id && row.shown()))
                .ifPresent(pages::showPageOf);
        List<ActualFields> rows = pages.fields();
        for (FieldError error : errors) {
            switch (error.field()) {
                case FieldRef.OfIndicator field -> rows.stream()
                        .filter(row -> row.indicator.id() == field.indicatorId()).findFirst()
                        .ifPresent(row -> row.showError(field, message(error)));
                case FieldRef.Spending field -> spending.stream()
                        .filter(row -> row.item.id() == field.budgetItemId()).findFirst()
                        .ifPresent(row -> row.showError(field, message(error)));
                case FieldRef.Report.EXECUTION_REASON -> {
                    executionReason.setVisible(true);
                    executionReason.setErrorMessage(message(error));
                    executionReason.setInvalid(true);
                }
                default -> {
                    // The path's quarter or year, a review comment, the weights: no input of this form.
                }
            }
        }
    }

    String message(FieldError error) {
        return EntryValidators.message(translator, error);
    }
}
