package org.perfgoals.importer;

import org.perfgoals.importer.domain.FormData;
import org.perfgoals.importer.domain.ImportIssue;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.project.BudgetItem;
import org.perfgoals.project.ImportWarning;
import org.perfgoals.project.Project;
import org.perfgoals.monitoring.ProjectWeights;
import java.util.List;

/** Turns a form read from a file into a project entity, with the warnings that concern that form. */
final class ProjectFactory {

    private ProjectFactory() {
    }

    static Project create(FormData form, List<ImportIssue> issues) {
        Project project = new Project(form.year(), form.unit(), form.name());
        project.setProjectType(form.projectType());
        project.setFundUse(form.fundUse());
        project.setOwner(form.owner());
        project.setContact(form.contact());
        project.setPhone(form.phone());
        project.setStartDate(form.startDate());
        project.setEndDate(form.endDate());
        project.setOverview(form.overview());
        project.setLegalBasis(form.legalBasis());
        project.setNecessity(form.necessity());
        project.setSafeguards(form.safeguards());
        project.setImplementationPlan(form.implementationPlan());
        project.setOverallGoal(form.overallGoal());
        project.setAnnualGoal(form.annualGoal());
        project.setRemark(form.remark());
        project.setTotalBudget(form.totalBudget());
        project.setCurrentYearBudget(form.currentYearBudget());
        project.setPreviousYearBudget(form.previousYearBudget());
        project.setPreviousYearExecuted(form.previousYearExecuted());
        form.budgetItems().forEach(item -> project.getBudgetItems().add(new BudgetItem(item.name(), item.amount())));
        form.indicators().forEach(indicator -> project.getIndicators().add(new Indicator(
                indicator.level1(), indicator.level2(), indicator.name(), indicator.target().raw(),
                indicator.target().target(), indicator.target().freeText(), indicator.line())));
        ProjectWeights.apply(project);
        issues.stream()
                .filter(issue -> !issue.isError() && issue.formNumber() == form.formNumber())
                .forEach(issue -> project.getWarnings()
                        .add(new ImportWarning(issue.code(), issue.args(), issue.line())));
        return project;
    }
}
