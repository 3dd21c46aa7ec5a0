package org.perfgoals.unit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.perfgoals.unit.UnitAdministration;
import org.perfgoals.unit.UnitException;
import org.perfgoals.unit.UnitRecord;

/**
 * A unit's new place: under another unit, or at the top when none is picked. The unit itself and the units below it
 * are not offered (the service refuses them too, should the tree have changed meanwhile).
 */
class MoveUnitDialog extends UnitDialog {

    final ComboBox<UnitRecord> parent;
    private final UnitAdministration administration;
    private final UnitRecord unit;

    MoveUnitDialog(UnitAdministration administration, UnitRecord unit, List<UnitRecord> outside, Runnable done) {
        super(done, "unit.view.move.save", "unit.view.move.title", unit.name());
        this.administration = administration;
        this.unit = unit;
        parent = picker(getTranslation("unit.view.move.parent"), outside);
        parent.setPlaceholder(getTranslation("unit.view.parent.top"));
        parent.setHelperText(getTranslation("unit.view.parent.help"));
        parent.setClearButtonVisible(true);
        outside.stream().filter(candidate -> unit.parentId() != null && candidate.id() == unit.parentId())
                .findFirst().ifPresent(parent::setValue);
        validate(binder.forField(parent).withValidator(refusals.validator(UnitException.Field.PARENT)));
        form.add(parent);
    }

    @Override
    void call() {
        UnitRecord above = parent.getValue();
        administration.move(unit.id(), above == null ? null : above.id());
    }
}
