package org.perfgoals.project.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.project.Project;

/** A project on the wire, with everything its form declared. Amounts in yuan. */
public record ProjectJson(Long id, int year, String department, String name, String projectType, String fundUse,
                          String owner, String contact, String phone, LocalDate startDate, LocalDate endDate,
                          String overview, String legalBasis, String necessity, String safeguards,
                          String implementationPlan, String overallGoal, String annualGoal, String remark,
                          BigDecimal totalBudget, BigDecimal currentYearBudget, BigDecimal previousYearBudget,
                          BigDecimal previousYearExecuted, List<BudgetItemJson> budgetItems,
                          List<IndicatorJson> indicators, List<WarningJson> warnings) {

    public record BudgetItemJson(Long id, String name, BigDecimal amount) {
    }

    public record IndicatorJson(Long id, String level1, String level2, String name, String targetText,
                                TargetJson target, boolean freeText) {
        static IndicatorJson of(Indicator indicator) {
            return new IndicatorJson(indicator.getId(), indicator.getLevel1(), indicator.getLevel2(),
                    indicator.getName(), indicator.getTargetText(), TargetJson.of(indicator.getTarget()),
                    indicator.isFreeText());
        }
    }

    public record WarningJson(String code, String message, int line) {
    }

    public static ProjectJson of(Project p, TranslationProvider messages, Locale locale) {
        return new ProjectJson(p.getId(), p.getYear(), p.getDepartment(), p.getName(), p.getProjectType(),
                p.getFundUse(), p.getOwner(), p.getContact(), p.getPhone(), p.getStartDate(), p.getEndDate(),
                p.getOverview(), p.getLegalBasis(), p.getNecessity(), p.getSafeguards(), p.getImplementationPlan(),
                p.getOverallGoal(), p.getAnnualGoal(), p.getRemark(), p.getTotalBudget(), p.getCurrentYearBudget(),
                p.getPreviousYearBudget(), p.getPreviousYearExecuted(),
                p.getBudgetItems().stream()
                        .map(i -> new BudgetItemJson(i.getId(), i.getName(), i.getAmount())).toList(),
                p.getIndicators().stream().map(IndicatorJson::of).toList(),
                p.getWarnings().stream().map(w -> new WarningJson(w.getCode(), messages.getTranslation(
                        "import.issue." + w.getCode(), locale, w.getArgs().toArray()), w.getLine())).toList());
    }
}
