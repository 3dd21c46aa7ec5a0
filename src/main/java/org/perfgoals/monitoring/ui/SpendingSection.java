package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.input.FieldRef;
import org.perfgoals.monitoring.input.InputLimits;
import org.perfgoals.monitoring.read.PeriodSheet;

/**
 * The entry view's budget part: a line per sub-item with its spending, and at year end the reason for an execution
 * under the floor, bound with the service's limit as validator.
 */
class SpendingSection {

    final List<SpendingEntryRow> lines = new ArrayList<>();
    final TextArea executionReason = new TextArea();
    /** Binds the quarter's own inputs with the service's limits as validators; what is typed is sent as is. */
    final Binder<SheetInput> binder = new Binder<>();
    private final Component translator;

    SpendingSection(Component translator) {
        this.translator = translator;
        executionReason.setLabel(translator.getTranslation("entry.executionReason"));
        executionReason.setWidth("40em");
        binder.forField(executionReason)
                .withValidator(EntryValidators.text(translator, FieldRef.Report.EXECUTION_REASON, InputLimits.TEXT))
                .bind(SheetInput::executionReason, null);
    }

    /** The heading, the sub-items' lines and the year-end reason of a (re)loaded sheet, to add to the page. */
    List<Component> show(PeriodSheet sheet, boolean editable) {
        lines.clear();
        List<Component> shown = new ArrayList<>(List.of(new H3(translator.getTranslation("entry.spending"))));
        sheet.budget().forEach(row -> {
            SpendingEntryRow line = new SpendingEntryRow(row);
            line.setEditable(editable);
            lines.add(line);
            shown.add(line);
        });
        executionReason.setValue(sheet.report().executionReason() == null ? ""
                : sheet.report().executionReason());
        executionReason.setVisible(sheet.period().isYearEnd());
        executionReason.setReadOnly(!editable);
        shown.add(executionReason);
        return shown;
    }
}
