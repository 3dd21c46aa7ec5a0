package org.perfgoals.unit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.perfgoals.base.ui.FormDialog;
import org.perfgoals.base.ui.TreeOption;
import org.perfgoals.unit.UnitException;
import org.perfgoals.unit.UnitRecord;
import org.perfgoals.unit.domain.UnitName;

/**
 * A dialog of the unit tree's administration: it calls {@link org.perfgoals.unit.UnitAdministration} and shows a
 * {@link UnitException} on the field its {@link UnitException.Field} names; when done it tells the view (which
 * reloads the tree) what changed.
 */
abstract class UnitDialog extends FormDialog<UnitException.Field> {

    private final Runnable done;

    UnitDialog(Runnable done, String saveKey, String titleKey, Object... args) {
        super(UnitException.Field.class, saveKey, titleKey, args);
        this.done = done;
    }

    /** Asks the service; a refusal is thrown. */
    abstract void call();

    @Override
    protected final boolean submit() {
        try {
            call();
        } catch (UnitException refused) {
            refuse(refused.getField(), getTranslation(refused.messageKey(), refused.getArgs().toArray()));
            showRefusals();
            return false;
        }
        done.run();
        return true;
    }

    /** The unit's name, required, showing the service's refusals of it. */
    final TextField nameField(String value) {
        TextField name = new TextField(getTranslation("unit.view.name"));
        name.setMaxLength(UnitName.MAX_LENGTH);
        name.setValue(value);
        name.setWidthFull();
        validate(binder.forField(name).asRequired(getTranslation("unit.admin.error.required"))
                .withValidator(refusals.validator(UnitException.Field.NAME)));
        return name;
    }

    /** A picker of units shown as the tree (indented), each by its name. */
    static ComboBox<UnitRecord> picker(String label, List<UnitRecord> units) {
        ComboBox<UnitRecord> picker = new ComboBox<>(label);
        // The units outside one subtree: the tree is read whole anyway (three queries), and a province has hundreds.
        picker.setItems((unit, text) -> unit.name().toLowerCase(Locale.ROOT)
                .contains(text.toLowerCase(Locale.ROOT)), units);
        picker.setItemLabelGenerator(UnitRecord::name);
        picker.setRenderer(TreeOption.renderer(UnitRecord::name, UnitRecord::depth));
        picker.setWidthFull();
        return picker;
    }
}
