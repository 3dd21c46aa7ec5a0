package org.perfgoals.monitoring.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.SpendingEntry;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.input.FieldRef.ActualField;
import org.perfgoals.monitoring.input.FieldRef.SpendingField;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.BudgetRow;
import org.perfgoals.monitoring.read.PeriodSheet;
import org.perfgoals.monitoring.read.SheetRow;

/**
 * What must be explained: a YELLOW or RED row needs its deviation cause (and a text for 其他), the corrective
 * measures and the likelihood; spending beyond a sub-item's budget needs a reason; a year-end execution rate under
 * the floor needs a reason. Rows and items are checked on every save in the entry view; everything, with the
 * year-end reason, on submit.
 */
public final class ExplanationRules {

    private ExplanationRules() {
    }

    /** The rules for the rows and items that this save touched. */
    public static List<FieldError> check(PeriodSheet sheet, Collection<Long> savedIndicators, SheetInput input) {
        List<FieldError> errors = new ArrayList<>();
        sheet.rows().stream().filter(row -> savedIndicators.contains(row.indicator().id()))
                .forEach(row -> explainRow(row, errors));
        List<Long> savedItems = input.spending().stream().map(SpendingEntry::budgetItemId).toList();
        sheet.budget().stream().filter(row -> savedItems.contains(row.item().id()))
                .forEach(row -> explainSpending(row, errors));
        // The year-end execution reason is asked for on submit: Q4 spending is usually entered over several saves.
        return errors;
    }

    /** Before submitting: every row has a value and every deviation its explanation. */
    public static List<FieldError> checkForSubmit(PeriodSheet sheet) {
        List<FieldError> errors = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            if (!row.derived() && row.current() == null) {
                errors.add(new FieldError(FieldRef.actual(row.indicator().id(), ActualField.VALUE), "valueMissing",
                        List.of(row.indicator().name())));
            } else {
                explainRow(row, errors);
            }
        }
        sheet.budget().forEach(row -> explainSpending(row, errors));
        explainExecution(sheet, errors);
        return errors;
    }

    private static void explainRow(SheetRow row, List<FieldError> errors) {
        Status status = row.evaluation().status();
        if (row.derived() || row.current() == null || (status != Status.RED && status != Status.YELLOW)) {
            return;
        }
        ActualRecord value = row.current();
        long id = row.indicator().id();
        String name = row.indicator().name();
        if (value.deviationCause() == null) {
            errors.add(new FieldError(FieldRef.actual(id, ActualField.DEVIATION_CAUSE), "causeRequired",
                    List.of(name)));
        } else if (value.deviationCause() == DeviationCause.OTHER && isBlank(value.deviationText())) {
            errors.add(new FieldError(FieldRef.actual(id, ActualField.DEVIATION_TEXT), "causeTextRequired",
                    List.of(name)));
        }
        if (isBlank(value.measures())) {
            errors.add(new FieldError(FieldRef.actual(id, ActualField.MEASURES), "measuresRequired",
                    List.of(name)));
        }
        if (value.likelihood() == null) {
            errors.add(new FieldError(FieldRef.actual(id, ActualField.LIKELIHOOD), "likelihoodRequired",
                    List.of(name)));
        }
    }

    private static void explainSpending(BudgetRow row, List<FieldError> errors) {
        if (row.overBudget() && (row.current() == null || isBlank(row.current().overBudgetReason()))) {
            errors.add(new FieldError(FieldRef.spending(row.item().id(), SpendingField.OVER_BUDGET_REASON),
                    "overBudgetReasonRequired", List.of(row.item().name())));
        }
    }

    private static void explainExecution(PeriodSheet sheet, List<FieldError> errors) {
        if (sheet.needsExecutionReason() && isBlank(sheet.report().executionReason())) {
            errors.add(new FieldError(FieldRef.Report.EXECUTION_REASON, "executionReasonRequired", List.of()));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
