package org.perfgoals.unit.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.perfgoals.unit.UnitAdministration;
import org.perfgoals.unit.UnitRecord;

/** A unit's new name; its projects, alerts and users follow at once. */
class RenameUnitDialog extends UnitDialog {

    final TextField name;
    private final UnitAdministration administration;
    private final UnitRecord unit;

    RenameUnitDialog(UnitAdministration administration, UnitRecord unit, Runnable done) {
        super(done, "unit.view.rename.save", "unit.view.rename.title", unit.name());
        this.administration = administration;
        this.unit = unit;
        name = nameField(unit.name());
        name.setHelperText(getTranslation("unit.view.rename.help", unit.projects(), unit.users()));
        form.add(name);
    }

    @Override
    void call() {
        administration.rename(unit.id(), name.getValue());
    }
}
