package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.perfgoals.monitoring.TemplateUpload;
import org.perfgoals.monitoring.template.CellProblem;

/**
 * What an uploaded template would change, value by value (project, sheet, row, column, old, new), with a confirm
 * that saves it; or, for a refused template, every refused cell with its message and nothing to confirm.
 */
class TemplatePreviewDialog extends Dialog {

    /** One line of the dialog's table. */
    record Line(String project, String place, String before, String after) {
    }

    final Grid<Line> lines = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button confirm = new Button();
    final Button cancel = new Button();

    /** The preview of an accepted dry run; {@code onConfirm} saves and says whether the dialog may close. */
    TemplatePreviewDialog(TemplateUpload preview, BooleanSupplier onConfirm) {
        setHeaderTitle(getTranslation("template.preview.title"));
        summary.setText(getTranslation("template.preview.summary", preview.projects().size(),
                preview.changeCount()));
        List<Line> changes = preview.projects().stream().flatMap(project -> project.changes().stream()
                .map(change -> new Line(project.projectName(), place(change.sheet(), change.row(), change.column()),
                        nz(change.oldValue()), nz(change.newValue())))).toList();
        table(changes, true);
        confirm.setText(getTranslation("template.preview.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            if (onConfirm.getAsBoolean()) {
                close();
            }
        });
        cancel.setText(getTranslation("template.preview.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, confirm);
    }

    /** A refused template: each cell and why; nothing was stored. */
    TemplatePreviewDialog(List<CellProblem> problems) {
        setHeaderTitle(getTranslation("template.refused.title"));
        summary.setText(getTranslation("template.refused.summary", problems.size()));
        table(problems.stream().map(problem -> new Line("", place(problem.sheet(), problem.row(),
                problem.column()), getTranslation(problem.messageKey(), problem.args().toArray()), "")).toList(),
                false);
        confirm.setVisible(false);
        cancel.setText(getTranslation("template.preview.close"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel);
    }

    private void table(List<Line> items, boolean changes) {
        addClassName("template-preview");
        setWidth("min(60em, 95vw)");
        if (changes) {
            lines.addColumn(Line::project).setHeader(getTranslation("template.preview.project")).setAutoWidth(true);
        }
        lines.addColumn(Line::place).setHeader(getTranslation("template.preview.place")).setAutoWidth(true);
        lines.addColumn(Line::before).setHeader(getTranslation(changes ? "template.preview.before"
                : "template.refused.message")).setFlexGrow(1);
        if (changes) {
            lines.addColumn(Line::after).setHeader(getTranslation("template.preview.after")).setFlexGrow(1);
        }
        // A bounded list of what one file holds (at most the reader's row cap), not a table of the database.
        lines.setItems(items);
        lines.setAllRowsVisible(items.size() <= 15);
        add(summary, lines);
    }

    /** "填报 第5行 本期值" — where a value is entered; just the sheet for the workbook as a whole. */
    private String place(String sheet, int row, String column) {
        if (sheet == null) {
            return getTranslation("template.place.file");
        }
        return row == 0 || column == null ? sheet : getTranslation("template.place", sheet, row, column);
    }

    private static String nz(String text) {
        return text == null ? "—" : text;
    }
}
