package org.perfgoals.security.user.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAdminException;
import org.perfgoals.security.user.UserAdministration;

/** A new user: user name, display name, e-mail, unit and roles; the one-time password is shown afterwards. */
class CreateUserDialog extends UserDialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final TextField email = new TextField();
    private final Consumer<UserAdministration.Created> created;

    CreateUserDialog(UserAdministration administration, Consumer<UserAdministration.Created> created) {
        super(administration, "user.view.create.save", "user.view.create.title");
        this.created = created;
        String required = getTranslation("user.admin.error.required");
        username.setLabel(getTranslation("user.view.username"));
        username.setHelperText(getTranslation("user.view.username.help"));
        username.setMaxLength(50);
        displayName.setLabel(getTranslation("user.view.displayName"));
        displayName.setMaxLength(UserAdministration.MAX_DISPLAY_NAME);
        email.setLabel(getTranslation("user.view.email"));
        email.setMaxLength(UserAdministration.MAX_EMAIL);
        // Blank is no name: the record refuses it, so the form does first.
        validate(binder.forField(username).asRequired(required).withValidator(text -> !text.isBlank(), required)
                .withValidator(refusals.validator(UserAdminException.Field.USERNAME)));
        validate(binder.forField(displayName).asRequired(required).withValidator(text -> !text.isBlank(), required)
                .withValidator(refusals.validator(UserAdminException.Field.DISPLAY_NAME)));
        validate(binder.forField(email).withValidator(refusals.validator(UserAdminException.Field.EMAIL)));
        form.add(username, displayName, email, unit, roles);
    }

    @Override
    void call() {
        created.accept(administration.create(new NewUser(username.getValue(), displayName.getValue(),
                email.getValue(), unitName(), roles.getValue())));
    }
}
