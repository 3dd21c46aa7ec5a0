package org.perfgoals.security.user.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Set;
import org.perfgoals.base.ui.LanguageSwitch;
import org.perfgoals.security.AppUser;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.ui.LoginView;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * Two rules for every UI of a signed-in user: a user who must change the password is forwarded from any route to
 * {@link PasswordChangeView} until they did (asked of the database only for logins that began so); and the first
 * page of a session takes the language the user stored on the profile page.
 */
@Component
class PasswordChangeRule implements VaadinServiceInitListener {

    private static final String LANGUAGE_APPLIED = PasswordChangeRule.class.getName() + ".languageOf";
    private static final Set<Class<?>> OPEN = Set.of(PasswordChangeView.class, LoginView.class);

    private final CurrentUser currentUser;
    private final UserAccounts accounts;

    PasswordChangeRule(CurrentUser currentUser, UserAccounts accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            applyStoredLanguage(init.getUI());
            init.getUI().addBeforeEnterListener(this::forwardIfPasswordMustChange);
        });
    }

    private void forwardIfPasswordMustChange(BeforeEnterEvent event) {
        if (OPEN.contains(event.getNavigationTarget())) {
            return;
        }
        currentUser.get().filter(AppUser::mustChangePassword)
                .filter(user -> accounts.mustChangePassword(user.getUsername()))
                .ifPresent(user -> event.forwardTo(PasswordChangeView.class));
    }

    private void applyStoredLanguage(UI ui) {
        VaadinSession session = ui.getSession();
        currentUser.get().filter(user -> !user.getUsername().equals(session.getAttribute(LANGUAGE_APPLIED)))
                .ifPresent(user -> {
                    session.setAttribute(LANGUAGE_APPLIED, user.getUsername());
                    accounts.find(user.getUsername()).map(account -> account.language()).filter(tag -> tag != null)
                            .map(Locale::forLanguageTag).ifPresent(locale -> {
                                LanguageSwitch.remember(locale);
                                ui.setLocale(locale);
                            });
                });
    }
}
