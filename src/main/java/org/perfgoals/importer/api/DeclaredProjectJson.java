package org.perfgoals.importer.api;

import java.util.Locale;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.project.ImportWarningRecord;
import org.perfgoals.project.Project;
import org.perfgoals.project.api.ProjectJson;
import org.perfgoals.project.api.ProjectJson.BudgetItemJson;
import org.perfgoals.project.api.ProjectJson.IndicatorJson;
import org.perfgoals.project.api.ProjectJson.WarningJson;
import org.perfgoals.project.api.TargetJson;

/**
 * The projects of an import in the project API's shape. A dry run's projects are not stored and have no ids (null
 * on the wire), so they are read from the importer's own objects rather than through the project read model.
 */
final class DeclaredProjectJson {

    private DeclaredProjectJson() {
    }

    static ProjectJson of(Project p, TranslationProvider messages, Locale locale) {
        return new ProjectJson(p.getId(), p.getYear(), p.getUnit(), p.getName(), p.getProjectType(),
                p.getFundUse(), p.getOwner(), p.getContact(), p.getPhone(), p.getStartDate(), p.getEndDate(),
                p.getOverview(), p.getLegalBasis(), p.getNecessity(), p.getSafeguards(), p.getImplementationPlan(),
                p.getOverallGoal(), p.getAnnualGoal(), p.getRemark(), p.getTotalBudget(), p.getCurrentYearBudget(),
                p.getPreviousYearBudget(), p.getPreviousYearExecuted(),
                p.getBudgetItems().stream()
                        .map(i -> new BudgetItemJson(i.getId(), i.getName(), i.getAmount())).toList(),
                p.getIndicators().stream().map(i -> new IndicatorJson(i.getId(), i.getLevel1(), i.getLevel2(),
                        i.getName(), i.getTargetText(), TargetJson.of(i.getTarget()), i.isFreeText())).toList(),
                p.getWarnings().stream().map(w -> WarningJson.of(new ImportWarningRecord(w.getCode(), w.getArgs(),
                        w.getLine()), messages, locale)).toList());
    }
}
