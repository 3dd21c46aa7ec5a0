package org.perfgoals.security.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.perfgoals.security.user.UserAdministration;

/**
 * A one-time password, shown this once: in a read-only field that selects itself when focused, with a copy button,
 * and the hint that the user must change it at the first login.
 */
class OneTimePasswordDialog extends Dialog {

    final TextField password = new TextField();
    final Button copy = new Button();

    OneTimePasswordDialog(String titleKey, UserAdministration.Created created) {
        String username = created.user().username();
        setHeaderTitle(getTranslation(titleKey, username));
        password.setLabel(getTranslation("user.view.password.label", username));
        password.setValue(created.initialPassword());
        password.setReadOnly(true);
        password.addClassName("one-time-password");
        password.setWidth("22em");
        password.setMaxWidth("100%");
        password.addFocusListener(focus -> password.getElement().executeJs("this.inputElement.select()"));
        copy.setText(getTranslation("user.view.password.copy"));
        copy.addClickListener(click -> {
            password.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText(this.value)");
            copy.setText(getTranslation("user.view.password.copied"));
        });
        HorizontalLayout row = new HorizontalLayout(password, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(new Paragraph(getTranslation("user.view.password.hint")), row,
                new Paragraph(getTranslation("user.view.password.mustChange")));
        Button close = new Button(getTranslation("close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setCloseOnOutsideClick(false);
    }
}
