package org.perfgoals.unit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.perfgoals.unit.UnitAdministration;
import org.perfgoals.unit.UnitException;
import org.perfgoals.unit.UnitRecord;

/** A new unit: its name and, optionally, the unit above it (none: at the top of the tree). */
class CreateUnitDialog extends UnitDialog {

    final TextField name;
    final ComboBox<UnitRecord> parent;
    private final UnitAdministration administration;

    CreateUnitDialog(UnitAdministration administration, List<UnitRecord> units, @Nullable UnitRecord under,
                     Runnable done) {
        super(done, "unit.view.create.save", "unit.view.create.title");
        this.administration = administration;
        name = nameField("");
        parent = picker(getTranslation("unit.view.parent"), units);
        parent.setPlaceholder(getTranslation("unit.view.parent.top"));
        parent.setHelperText(getTranslation("unit.view.parent.help"));
        parent.setClearButtonVisible(true);
        parent.setValue(under);
        validate(binder.forField(parent).withValidator(refusals.validator(UnitException.Field.PARENT)));
        form.add(name, parent);
    }

    @Override
    void call() {
        UnitRecord above = parent.getValue();
        administration.create(name.getValue(), above == null ? null : above.id());
    }
}
