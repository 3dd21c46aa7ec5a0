package org.perfgoals.notification;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.i18n.TranslationProvider;

/** Whom a mail goes to: the address and the language (app_user.language; Chinese when none is set). */
record Recipient(String username, String displayName, @Nullable String email, @Nullable String language) {

    Locale locale() {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                ? TranslationProvider.ENGLISH : TranslationProvider.CHINESE;
    }
}
