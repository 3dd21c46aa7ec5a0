package org.perfgoals.security.user.ui;

import java.util.Locale;
import org.perfgoals.base.ui.LanguageChoice;
import org.perfgoals.security.CurrentUser;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * The header's language switch stores a signed-in user's choice, as the profile page does, so that their next
 * login starts in it ({@link PasswordChangeRule} applies it to the session).
 */
@Component
class StoredLanguageChoice implements LanguageChoice {

    private final CurrentUser currentUser;
    private final UserAccounts accounts;

    StoredLanguageChoice(CurrentUser currentUser, UserAccounts accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void chosen(Locale language) {
        if (currentUser.get().isPresent()) {
            accounts.setOwnLanguage(language);
        }
    }
}
