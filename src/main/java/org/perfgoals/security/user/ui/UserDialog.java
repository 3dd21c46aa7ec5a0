package org.perfgoals.security.user.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.perfgoals.base.ui.FormDialog;
import org.perfgoals.base.ui.TreeOption;
import org.perfgoals.security.UnitChoice;
import org.perfgoals.security.user.UserAdminException;
import org.perfgoals.security.user.UserAdministration;

/**
 * A dialog of the users' administration: it calls {@link UserAdministration} and shows each problem of a
 * {@link UserAdminException} on the field its {@link UserAdminException.Field} names.
 */
abstract class UserDialog extends FormDialog<UserAdminException.Field> {

    final RoleChecks roles = new RoleChecks(getTranslation("user.view.roles"));
    final ComboBox<UnitChoice> unit;
    final UserAdministration administration;

    UserDialog(UserAdministration administration, String saveKey, String titleKey, Object... args) {
        super(UserAdminException.Field.class, saveKey, titleKey, args);
        this.administration = administration;
        unit = new ComboBox<>(getTranslation("user.view.unit"));
        // Paged from the service, filtered by the typed text: the picker never holds every unit.
        unit.setItems(query -> administration.unitChoices(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        unit.setItemLabelGenerator(UnitChoice::name);
        unit.setRenderer(TreeOption.renderer(UnitChoice::name, UnitChoice::depth));
        unit.setClearButtonVisible(true);
        unit.setPlaceholder(getTranslation("user.view.unit.none"));
        unit.setWidthFull();
        validate(binder.forField(unit).withValidator(refusals.validator(UserAdminException.Field.UNIT)));
        roles.setRequiredIndicatorVisible(true);
        validate(binder.forField(roles).asRequired(getTranslation("user.admin.error.required"))
                .withValidator(refusals.validator(UserAdminException.Field.ROLES)));
    }

    /** Asks the service; a refusal is thrown. */
    abstract void call();

    @Override
    protected final boolean submit() {
        try {
            call();
        } catch (UserAdminException refused) {
            refused.getProblems().forEach(problem -> refuse(problem.field(),
                    getTranslation(refused.messageKey(problem), problem.args().toArray())));
            showRefusals();
            return false;
        }
        return true;
    }

    /** The picked unit's name; null for none (an admin, a leader above every unit). */
    final @org.jspecify.annotations.Nullable String unitName() {
        return unit.getValue() == null ? null : unit.getValue().name();
    }
}
