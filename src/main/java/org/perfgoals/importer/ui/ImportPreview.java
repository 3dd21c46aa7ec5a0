package org.perfgoals.importer.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.perfgoals.base.ui.Formats;
import org.perfgoals.base.ui.IssueText;
import org.perfgoals.importer.ImportResult;
import org.perfgoals.importer.domain.FormData;
import org.perfgoals.importer.domain.ImportIssue;
import org.perfgoals.importer.domain.ImportLimits;

/** What a file would store: the forms the user may not import, its errors, its warnings and one row per form. */
class ImportPreview extends VerticalLayout {

    /** Forms of units the user may not write: the file cannot be imported. */
    final UnorderedList refusedUnits = new UnorderedList();
    final UnorderedList errors = new UnorderedList();
    final UnorderedList warnings = new UnorderedList();
    final Grid<FormData> forms = new Grid<>();

    ImportPreview(ImportResult result) {
        setPadding(false);
        refusedUnits.addClassName("import-refused");
        errors.addClassName("import-errors");
        warnings.addClassName("import-warnings");
        if (result.isRefused()) {
            add(new H4(getTranslation("import.unitRefused", result.refusedUnits().size())), refusedUnits);
            result.refusedUnits().forEach(form -> refusedUnits.add(new ListItem(getTranslation(
                    "import.unitRefused.form", form.formNumber(), form.name() == null ? "?"
                            : ImportLimits.quote(form.name()), ImportLimits.quote(form.unit())))));
        }
        if (!result.errors().isEmpty()) {
            add(new H4(getTranslation("import.errors", result.errors().size())), errors);
            fill(errors, result.errors());
        }
        if (!result.warnings().isEmpty()) {
            add(new H4(getTranslation("import.warnings", result.warnings().size())), warnings);
            fill(warnings, result.warnings());
        }
        if (!result.forms().isEmpty()) {
            add(new H4(getTranslation("import.forms", result.forms().size())), formsGrid(result));
        }
    }

    private void fill(UnorderedList list, List<ImportIssue> issues) {
        issues.forEach(issue -> list.add(new ListItem(where(issue) + IssueText.withLine(this, issue.code(),
                issue.args(), issue.line()))));
    }

    private String where(ImportIssue issue) {
        return issue.formNumber() == 0 ? "" : getTranslation("import.issueOfForm", issue.formNumber(),
                issue.projectName() == null ? "?" : issue.projectName()) + " ";
    }

    private Grid<FormData> formsGrid(ImportResult result) {
        forms.addColumn(FormData::formNumber).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        forms.addColumn(FormData::unit).setHeader(getTranslation("project.unit"));
        forms.addColumn(FormData::name).setHeader(getTranslation("project.name")).setFlexGrow(2);
        forms.addColumn(FormData::year).setHeader(getTranslation("project.year")).setAutoWidth(true);
        forms.addColumn(form -> Formats.yuan(this, form.currentYearBudget()))
                .setHeader(getTranslation("project.currentYearBudget")).setTextAlign(ColumnTextAlign.END);
        forms.addColumn(form -> form.budgetItems().size()).setHeader(getTranslation("import.subItems"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        forms.addColumn(form -> form.indicators().size()).setHeader(getTranslation("projects.indicatorCount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        forms.addColumn(form -> result.duplicates().contains(form) ? getTranslation("import.exists") : "")
                .setHeader(getTranslation("import.existing")).setAutoWidth(true);
        forms.setItems(result.forms());
        forms.setAllRowsVisible(true);
        forms.addThemeVariants(GridVariant.LUMO_COMPACT);
        return forms;
    }
}
