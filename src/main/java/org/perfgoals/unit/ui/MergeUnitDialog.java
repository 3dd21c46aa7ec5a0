package org.perfgoals.unit.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.perfgoals.unit.UnitAdministration;
import org.perfgoals.unit.UnitException;
import org.perfgoals.unit.UnitRecord;

/**
 * Two spellings of one unit become one: the admin picks the unit that stays; the dialog says how many projects,
 * users and units below move there before the merged unit is deleted. Units below the merged one are not offered.
 */
class MergeUnitDialog extends UnitDialog {

    final ComboBox<UnitRecord> into;
    final Paragraph consequence = new Paragraph();
    private final UnitAdministration administration;
    private final UnitRecord unit;

    MergeUnitDialog(UnitAdministration administration, UnitRecord unit, List<UnitRecord> outside, long children,
                    Runnable done) {
        super(done, "unit.view.merge.save", "unit.view.merge.title", unit.name());
        this.administration = administration;
        this.unit = unit;
        into = picker(getTranslation("unit.view.merge.into"), outside);
        into.setRequiredIndicatorVisible(true);
        validate(binder.forField(into).asRequired(getTranslation("unit.admin.error.required"))
                .withValidator(refusals.validator(UnitException.Field.INTO)));
        consequence.addClassName("merge-consequence");
        into.addValueChangeListener(change -> consequence.setText(change.getValue() == null ? ""
                : getTranslation("unit.view.merge.consequence", unit.name(), unit.projects(), unit.users(), children,
                        change.getValue().name())));
        save.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        form.add(into, consequence);
    }

    @Override
    void call() {
        administration.merge(unit.id(), into.getValue().id());
    }
}
