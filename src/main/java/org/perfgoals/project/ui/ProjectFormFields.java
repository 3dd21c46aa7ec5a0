package org.perfgoals.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.perfgoals.base.ui.Formats;
import org.perfgoals.project.ProjectDetails;

/** Every field of the form: the facts in a grid of labelled values, the long texts in collapsible sections. */
class ProjectFormFields extends VerticalLayout {

    ProjectFormFields(ProjectDetails project) {
        setPadding(false);
        add(facts(project), texts(project));
    }

    private FormLayout facts(ProjectDetails project) {
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 3));
        field(facts, "project.unit", project.unit());
        field(facts, "project.year", String.valueOf(project.year()));
        field(facts, "project.type", Formats.text(project.projectType()));
        field(facts, "project.fundUse", project.fundUse() == null
                ? getTranslation("project.fundUse.none") : project.fundUse());
        field(facts, "project.period", getTranslation("project.period.value",
                Formats.date(project.startDate()), Formats.date(project.endDate())));
        field(facts, "project.owner", Formats.text(project.owner()));
        field(facts, "project.contact", Formats.text(project.contact()));
        field(facts, "project.phone", Formats.text(project.phone()));
        field(facts, "project.totalBudget", Formats.yuan(this, project.totalBudget()));
        field(facts, "project.currentYearBudget", Formats.yuan(this, project.currentYearBudget()));
        field(facts, "project.previousYearBudget", Formats.yuan(this, project.previousYearBudget()));
        field(facts, "project.previousYearExecuted", Formats.yuan(this, project.previousYearExecuted()));
        field(facts, "project.previousYearExecutionRate", Formats.percent(project.previousYearExecutionRate()));
        return facts;
    }

    private void field(FormLayout layout, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value);
        text.addClassName("fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        fact.getElement().setAttribute("data-field", labelKey);
        layout.add(fact);
    }

    private Component texts(ProjectDetails project) {
        VerticalLayout texts = new VerticalLayout();
        texts.setPadding(false);
        texts.setSpacing(false);
        text(texts, "project.overallGoal", project.overallGoal(), true);
        text(texts, "project.annualGoal", project.annualGoal(), true);
        text(texts, "project.overview", project.overview(), false);
        text(texts, "project.legalBasis", project.legalBasis(), false);
        text(texts, "project.necessity", project.necessity(), false);
        text(texts, "project.safeguards", project.safeguards(), false);
        text(texts, "project.implementationPlan", project.implementationPlan(), false);
        text(texts, "project.remark", project.remark(), false);
        return texts;
    }

    private void text(VerticalLayout texts, String labelKey, String value, boolean opened) {
        if (value == null || value.isBlank()) {
            return;
        }
        Paragraph paragraph = new Paragraph(value);
        paragraph.addClassName("form-text");
        Details details = new Details(getTranslation(labelKey), paragraph);
        details.setOpened(opened);
        details.setWidthFull();
        texts.add(details);
    }
}
