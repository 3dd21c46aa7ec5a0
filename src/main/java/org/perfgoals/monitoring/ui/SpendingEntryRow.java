package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.Map;
import org.perfgoals.base.ui.Formats;
import org.perfgoals.monitoring.SpendingEntry;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.InputLimits;
import org.perfgoals.monitoring.read.BudgetRow;
import org.perfgoals.project.BudgetItemRecord;

/**
 * A sub-item's line: its budget, what was spent before this period, this period's amount, and beside it the
 * cumulative amount and execution rate as they will be. Spending beyond the budget asks for a reason.
 */
class SpendingEntryRow extends Div {

    final BudgetItemRecord item;
    final TextField amount = new TextField();
    final TextField reason = new TextField();
    final Span soFar = new Span();
    final Span rate = new Span();
    /** Binds the amount and the reason with the service's own readers as validators; what is typed is sent as is. */
    final Binder<SpendingEntry> binder = new Binder<>();
    /** The two inputs by the field they enter: where a refusal of the service is shown. */
    private final Map<FieldRef, TextField> bound;
    private final BigDecimal before;

    SpendingEntryRow(BudgetRow row) {
        this.item = row.item();
        this.before = row.spentSoFar().subtract(row.spentInPeriod());
        addClassName("spending-entry");
        getElement().setAttribute("data-budget-item", String.valueOf(item.id()));
        Span name = new Span(item.name());
        name.addClassName("entry-name");
        Span budget = new Span(getTranslation("spending.budget", Formats.yuan(this, item.amount())));
        Span earlier = new Span(getTranslation("spending.before", Formats.yuan(this, before)));
        amount.setLabel(getTranslation("spending.amount"));
        amount.setSuffixComponent(new Span(getTranslation("unit.yuan")));
        amount.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        amount.setWidth("12em");
        amount.setValue(row.current() == null ? "" : row.current().amount().toPlainString());
        reason.setLabel(getTranslation("spending.overBudgetReason"));
        reason.setWidth("22em");
        reason.setValue(row.current() == null || row.current().overBudgetReason() == null ? ""
                : row.current().overBudgetReason());
        FieldRef amountRef = FieldRef.spending(item.id(), FieldRef.SpendingField.AMOUNT);
        FieldRef reasonRef = FieldRef.spending(item.id(), FieldRef.SpendingField.OVER_BUDGET_REASON);
        binder.forField(amount).withValidator(EntryValidators.amount(this, amountRef))
                .bind(SpendingEntry::amount, null);
        binder.forField(reason).withValidator(EntryValidators.text(this, reasonRef, InputLimits.TEXT))
                .bind(SpendingEntry::overBudgetReason, null);
        bound = Map.of(amountRef, amount, reasonRef, reason);
        amount.addValueChangeListener(event -> update());
        Div figures = new Div(budget, earlier, soFar, rate);
        figures.addClassName("spending-figures");
        add(name, figures, amount, reason);
        update();
    }

    private void update() {
        BigDecimal typed = typedAmount();
        BigDecimal total = typed == null ? before : before.add(typed);
        soFar.setText(getTranslation("spending.soFar", Formats.yuan(this, total)));
        BigDecimal budget = item.amount();
        boolean over = budget != null && total.compareTo(budget) > 0;
        rate.setText(getTranslation("spending.rate", budget == null || budget.signum() == 0 ? "—"
                : Formats.percent(total.multiply(BigDecimal.valueOf(100)).divide(budget, 2,
                java.math.RoundingMode.HALF_UP))));
        rate.getElement().getThemeList().clear();
        if (over) {
            rate.getElement().getThemeList().add("badge error");
        }
        reason.setVisible(over || !reason.isEmpty());
    }

    /** The amount as typed, when it reads as a plain number (the service does the real validation). */
    private BigDecimal typedAmount() {
        try {
            return amount.isEmpty() ? null : new BigDecimal(amount.getValue().strip().replace(",", ""));
        } catch (NumberFormatException notYet) {
            return null;
        }
    }

    SpendingEntry entry() {
        return new SpendingEntry(item.id(), amount.getValue(), reason.getValue());
    }

    boolean hasInput() {
        return !amount.isEmpty();
    }

    void clearErrors() {
        amount.setInvalid(false);
        reason.setInvalid(false);
    }

    /** Shows a refusal next to the input of its field (the amount for any other field of the sub-item). */
    void showError(FieldRef field, String message) {
        TextField target = bound.getOrDefault(field, amount);
        target.setVisible(true);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    void setEditable(boolean editable) {
        amount.setReadOnly(!editable);
        reason.setReadOnly(!editable);
    }
}
