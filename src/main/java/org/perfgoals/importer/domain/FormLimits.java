package org.perfgoals.importer.domain;

import java.math.BigDecimal;
import java.util.function.ToIntFunction;
import org.perfgoals.indicator.domain.Target;

/**
 * Checks a form read from a file against what may be stored: every text within its column's width, every amount and
 * target value within its column's precision ({@link TextLimit}, {@link NumberLimit}), and no more indicators or
 * sub-items than {@link ImportLimits} allows. Each breach is an error naming the field, its limit and the line, so
 * the preview, the dry run and the import all refuse the file before the database would.
 */
final class FormLimits {

    private FormLimits() {
    }

    /** {@code lineOf} gives the line a project field's value was written on. */
    static void check(FormData form, ToIntFunction<FormField> lineOf, int indicatorsLine, FormIssues issues) {
        text(TextLimit.UNIT, form.unit(), lineOf.applyAsInt(FormField.UNIT), issues);
        text(TextLimit.NAME, form.name(), lineOf.applyAsInt(FormField.NAME), issues);
        text(TextLimit.PROJECT_TYPE, form.projectType(), lineOf.applyAsInt(FormField.PROJECT_TYPE), issues);
        text(TextLimit.FUND_USE, form.fundUse(), lineOf.applyAsInt(FormField.FUND_USE), issues);
        text(TextLimit.OWNER, form.owner(), lineOf.applyAsInt(FormField.OWNER), issues);
        text(TextLimit.CONTACT, form.contact(), lineOf.applyAsInt(FormField.CONTACT), issues);
        text(TextLimit.PHONE, form.phone(), lineOf.applyAsInt(FormField.PHONE), issues);
        text(TextLimit.OVERVIEW, form.overview(), lineOf.applyAsInt(FormField.OVERVIEW), issues);
        text(TextLimit.LEGAL_BASIS, form.legalBasis(), lineOf.applyAsInt(FormField.LEGAL_BASIS), issues);
        text(TextLimit.NECESSITY, form.necessity(), lineOf.applyAsInt(FormField.NECESSITY), issues);
        text(TextLimit.SAFEGUARDS, form.safeguards(), lineOf.applyAsInt(FormField.SAFEGUARDS), issues);
        text(TextLimit.IMPLEMENTATION_PLAN, form.implementationPlan(),
                lineOf.applyAsInt(FormField.IMPLEMENTATION_PLAN), issues);
        text(TextLimit.OVERALL_GOAL, form.overallGoal(), lineOf.applyAsInt(FormField.OVERALL_GOAL), issues);
        text(TextLimit.ANNUAL_GOAL, form.annualGoal(), lineOf.applyAsInt(FormField.ANNUAL_GOAL), issues);
        text(TextLimit.REMARK, form.remark(), lineOf.applyAsInt(FormField.REMARK), issues);
        number(NumberLimit.TOTAL_BUDGET, form.totalBudget(), lineOf.applyAsInt(FormField.TOTAL_BUDGET), issues);
        number(NumberLimit.CURRENT_YEAR_BUDGET, form.currentYearBudget(),
                lineOf.applyAsInt(FormField.CURRENT_YEAR_BUDGET), issues);
        number(NumberLimit.PREVIOUS_YEAR_BUDGET, form.previousYearBudget(),
                lineOf.applyAsInt(FormField.PREVIOUS_YEAR_BUDGET), issues);
        number(NumberLimit.PREVIOUS_YEAR_EXECUTED, form.previousYearExecuted(),
                lineOf.applyAsInt(FormField.PREVIOUS_YEAR_EXECUTED), issues);
        counts(form, lineOf.applyAsInt(FormField.BUDGET_ITEMS), indicatorsLine, issues);
        for (BudgetItemData item : form.budgetItems()) {
            text(TextLimit.BUDGET_ITEM_NAME, item.name(), item.line(), issues);
            number(NumberLimit.BUDGET_ITEM_AMOUNT, item.amount(), item.line(), issues);
        }
        IndicatorData previous = null;
        for (IndicatorData indicator : form.indicators()) {
            text(TextLimit.INDICATOR_NAME, indicator.name(), indicator.line(), issues);
            // One row of several indicators (a name cell listing them) shares its categories and target: once.
            if (previous == null || previous.line() != indicator.line()) {
                text(TextLimit.LEVEL1, indicator.level1(), indicator.line(), issues);
                text(TextLimit.LEVEL2, indicator.level2(), indicator.line(), issues);
                // What is read from a target is part of its text: a text too long is reported once, as itself.
                if (text(TextLimit.TARGET_TEXT, indicator.target().raw(), indicator.line(), issues)) {
                    target(indicator.target().target(), indicator.line(), issues);
                }
            }
            previous = indicator;
        }
    }

    private static void counts(FormData form, int itemsLine, int indicatorsLine, FormIssues issues) {
        if (form.indicators().size() > ImportLimits.MAX_INDICATORS_PER_FORM) {
            issues.error("form.tooManyIndicators", indicatorsLine, String.valueOf(form.indicators().size()),
                    String.valueOf(ImportLimits.MAX_INDICATORS_PER_FORM));
        }
        if (form.budgetItems().size() > ImportLimits.MAX_BUDGET_ITEMS_PER_FORM) {
            issues.error("form.tooManyBudgetItems", itemsLine, String.valueOf(form.budgetItems().size()),
                    String.valueOf(ImportLimits.MAX_BUDGET_ITEMS_PER_FORM));
        }
    }

    /** What the target parser made of the cell is stored in columns of its own: those must fit as well. */
    private static void target(Target target, int line, FormIssues issues) {
        switch (target) {
            case Target.Quantitative q -> {
                number(NumberLimit.TARGET_VALUE, q.value(), line, issues);
                text(TextLimit.TARGET_UNIT, q.unit(), line, issues);
            }
            case Target.Compound c -> c.parts().forEach(part -> {
                text(TextLimit.TARGET_PART_LABEL, part.label(), line, issues);
                number(NumberLimit.TARGET_PART_VALUE, part.target().value(), line, issues);
                text(TextLimit.TARGET_PART_UNIT, part.target().unit(), line, issues);
            });
            case Target.Qualitative q -> text(TextLimit.TARGET_EXPECTED, q.expected(), line, issues);
            case Target.Relative r -> text(TextLimit.TARGET_EXPECTED, r.expected(), line, issues);
            case Target.Deadline d -> text(TextLimit.TARGET_EXPECTED, d.expected(), line, issues);
        }
    }

    /** Whether the text fits; if not, the error is added. */
    private static boolean text(TextLimit limit, String text, int line, FormIssues issues) {
        if (limit.fits(text)) {
            return true;
        }
        issues.error("text.tooLong", line, limit.label(), String.valueOf(limit.maxLength()),
                String.valueOf(TextLimit.length(text)), text);
        return false;
    }

    private static void number(NumberLimit limit, BigDecimal value, int line, FormIssues issues) {
        if (limit.tooLarge(value)) {
            issues.error("number.tooLarge", line, limit.label(), String.valueOf(limit.integerDigits()),
                    value.toPlainString());
        } else if (limit.tooPrecise(value)) {
            issues.error("number.tooManyDecimals", line, limit.label(), String.valueOf(limit.scale()),
                    value.toPlainString());
        }
    }
}
