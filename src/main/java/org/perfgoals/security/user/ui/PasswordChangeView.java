package org.perfgoals.security.user.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.perfgoals.security.user.UserAccounts;

/**
 * The only page a user who must change the password reaches (every other route forwards here,
 * {@link PasswordChangeRule}); afterwards it leads to the start page. Without the layout: its menu would lead
 * nowhere yet.
 */
@Route(value = "password", autoLayout = false)
@PermitAll
class PasswordChangeView extends VerticalLayout implements HasDynamicTitle {

    final PasswordForm password;

    PasswordChangeView(UserAccounts accounts, AuthenticationContext authentication) {
        setAlignItems(Alignment.CENTER);
        String username = accounts.me().username();
        password = new PasswordForm(accounts, username, () -> UI.getCurrent().navigate(""));
        password.setWidth("28em");
        Button logout = new Button(getTranslation("password.forced.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(getTranslation("password.forced.title")), new Paragraph(getTranslation(
                "password.forced.explanation")), password, logout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.forced.title") + " | " + getTranslation("app.title");
    }
}
