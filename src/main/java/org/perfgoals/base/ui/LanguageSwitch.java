package org.perfgoals.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import org.perfgoals.base.i18n.TranslationProvider;

/**
 * 中文 / English: remembered for the session, handed to each {@link LanguageChoice} (which stores a signed-in
 * user's choice), then the page is reloaded in the chosen language.
 */
public class LanguageSwitch extends Select<Locale> {

    /** A switch whose choice only this session keeps (the login page). */
    public LanguageSwitch() {
        this(List.of());
    }

    public LanguageSwitch(List<LanguageChoice> choices) {
        setItems(TranslationProvider.CHINESE, TranslationProvider.ENGLISH);
        setItemLabelGenerator(locale -> TranslationProvider.ENGLISH.equals(locale) ? "English" : "中文");
        setValue(LocaleInitializer.isEnglish(UI.getCurrent().getLocale())
                ? TranslationProvider.ENGLISH : TranslationProvider.CHINESE);
        setAriaLabel(getTranslation("language"));
        addClassName("language-switch");
        setWidth("8em");
        addValueChangeListener(event -> {
            if (event.isFromClient()) {
                LocaleInitializer.remember(event.getValue());
                choices.forEach(choice -> choice.chosen(event.getValue()));
                UI.getCurrent().getPage().reload();
            }
        });
    }

    /** Uses {@code locale} for this session's pages from the next one on (a user's stored language). */
    public static void remember(Locale locale) {
        LocaleInitializer.remember(locale);
    }
}
