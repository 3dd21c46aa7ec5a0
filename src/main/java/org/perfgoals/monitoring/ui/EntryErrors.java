package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.LongConsumer;
import org.perfgoals.monitoring.input.FieldError;
import org.perfgoals.monitoring.input.FieldRef;

/**
 * Shows the service's refusals of a save or submit on the entry view's inputs, each on the input its
 * {@link FieldRef} names, and clears them before the next try.
 */
class EntryErrors {

    private final Component translator;
    private final List<IndicatorEntry> rows;
    private final List<SpendingEntryRow> spending;
    private final TextArea executionReason;
    private final LongConsumer showPageOf;

    /** {@code showPageOf} turns to the page of an indicator whose card has not been shown yet. */
    EntryErrors(Component translator, List<IndicatorEntry> rows, List<SpendingEntryRow> spending,
                TextArea executionReason, LongConsumer showPageOf) {
        this.translator = translator;
        this.rows = rows;
        this.spending = spending;
        this.executionReason = executionReason;
        this.showPageOf = showPageOf;
    }

    void clear() {
        rows.forEach(IndicatorEntry::clearErrors);
        spending.forEach(SpendingEntryRow::clearErrors);
        executionReason.setInvalid(false);
    }

    /**
     * Shows each refusal next to the input of its field: the indicator's card (turning to its page first, for the
     * first refused indicator), the sub-item's line, the year-end reason.
     */
    void show(List<FieldError> errors) {
        errors.stream().map(FieldError::field).filter(FieldRef.OfIndicator.class::isInstance)
                .map(field -> ((FieldRef.OfIndicator) field).indicatorId()).findFirst()
                .filter(id -> rows.stream().noneMatch(row -> row.indicator.id() == id && row.isAttached()))
                .ifPresent(showPageOf::accept);
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
