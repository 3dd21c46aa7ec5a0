package org.perfgoals.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.perfgoals.base.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * Chinese is the default whatever the browser says; a user's choice of English is kept in the session. Vaadin
 * would otherwise follow Accept-Language, which on most servers and test browsers is English.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private static final String SESSION_KEY = LocaleInitializer.class.getName() + ".locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            Object chosen = uiEvent.getUI().getSession().getAttribute(SESSION_KEY);
            uiEvent.getUI().setLocale(chosen instanceof Locale locale ? locale : TranslationProvider.CHINESE);
        });
    }

    static void remember(Locale locale) {
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, locale);
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && TranslationProvider.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
