package org.perfgoals.project.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.project.BudgetItemRecord;
import org.perfgoals.project.ImportWarningRecord;
import org.perfgoals.project.ProjectDetails;

/**
 * A project on the wire, with everything its form declared. Amounts in yuan. The organisation keeps its wire name
 * {@code department}; in the code it is the project's unit.
 */
public record ProjectJson(Long id, int year, @JsonProperty("department") String unit, String name, String projectType,
                          String fundUse, String owner, String contact, String phone, LocalDate startDate,
                          LocalDate endDate, String overview, String legalBasis, String necessity, String safeguards,
                          String implementationPlan, String overallGoal, String annualGoal, String remark,
                          BigDecimal totalBudget, BigDecimal currentYearBudget, BigDecimal previousYearBudget,
                          BigDecimal previousYearExecuted, List<BudgetItemJson> budgetItems,
                          List<IndicatorJson> indicators, List<WarningJson> warnings) {

    public record BudgetItemJson(Long id, String name, BigDecimal amount) {
        static BudgetItemJson of(BudgetItemRecord item) {
            return new BudgetItemJson(item.id(), item.name(), item.amount());
        }
    }

    public record IndicatorJson(Long id, String level1, String level2, String name, String targetText,
                                TargetJson target, boolean freeText) {
        static IndicatorJson of(IndicatorRecord indicator) {
            return new IndicatorJson(indicator.id(), indicator.level1(), indicator.level2(), indicator.name(),
                    indicator.targetText(), TargetJson.of(indicator.target()), indicator.freeText());
        }
    }

    public record WarningJson(String code, String message, int line) {
        /** The warning with its message in the caller's language. */
        public static WarningJson of(ImportWarningRecord warning, TranslationProvider messages, Locale locale) {
            return new WarningJson(warning.code(), messages.getTranslation("import.issue." + warning.code(), locale,
                    warning.args().toArray()), warning.line());
        }
    }

    public static ProjectJson of(ProjectDetails p, TranslationProvider messages, Locale locale) {
        return new ProjectJson(p.id(), p.year(), p.unit(), p.name(), p.projectType(), p.fundUse(), p.owner(),
                p.contact(), p.phone(), p.startDate(), p.endDate(), p.overview(), p.legalBasis(), p.necessity(),
                p.safeguards(), p.implementationPlan(), p.overallGoal(), p.annualGoal(), p.remark(),
                p.totalBudget(), p.currentYearBudget(), p.previousYearBudget(), p.previousYearExecuted(),
                p.budgetItems().stream().map(BudgetItemJson::of).toList(),
                p.indicators().stream().map(IndicatorJson::of).toList(),
                p.warnings().stream().map(warning -> WarningJson.of(warning, messages, locale)).toList());
    }
}
