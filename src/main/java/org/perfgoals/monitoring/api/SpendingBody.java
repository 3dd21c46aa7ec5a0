package org.perfgoals.monitoring.api;

import java.util.List;
import org.perfgoals.base.api.InvalidBodyException;
import org.perfgoals.base.api.JsonBody;
import org.perfgoals.monitoring.SpendingEntry;
import org.perfgoals.monitoring.input.FieldRef;

/**
 * Reads the body of {@code PUT /budget-items/{id}/execution/{year}/{quarter}}: {@code amount} is required and not
 * null (spending is cleared only by the explicit {@code DELETE}), {@code overBudgetReason} optional.
 */
final class SpendingBody {

    private static final List<String> FIELDS = List.of("amount", "overBudgetReason");

    private SpendingBody() {
    }

    static SpendingEntry read(long budgetItemId, byte[] raw) {
        JsonBody body = JsonBody.parse(raw, FIELDS, name -> FieldRef.spendingBodyField(budgetItemId, name));
        String amount = body.number("amount");
        if (amount == null || amount.isBlank()) {
            throw new InvalidBodyException(FieldRef.spending(budgetItemId, FieldRef.SpendingField.AMOUNT).path(),
                    "amountRequired", List.of());
        }
        return new SpendingEntry(budgetItemId, amount, body.text("overBudgetReason"));
    }
}
