package org.perfgoals.importer;

/**
 * Something with recorded values that a corrected form no longer declares: an indicator with values, or a budget
 * sub-item with spending.
 *
 * @param projectName the project the form replaces
 * @param indicator   true for an indicator, false for a budget sub-item
 * @param subjectName the indicator's or sub-item's name
 */
public record ReplaceRefusal(String projectName, boolean indicator, String subjectName) {

    /** The i18n key of its message: {@code import.replace.refused.indicator} or {@code ….budgetItem}. */
    public String messageKey() {
        return indicator ? "import.replace.refused.indicator" : "import.replace.refused.budgetItem";
    }
}
