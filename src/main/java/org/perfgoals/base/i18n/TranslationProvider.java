package org.perfgoals.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads {@code vaadin-i18n/translations*.properties}: the base bundle is Chinese (the default language),
 * {@code _en} is English. No fallback to the JVM's locale, so an English server still shows Chinese first. Every
 * message is a {@link MessageFormat} pattern, with or without arguments.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "vaadin-i18n/translations";

    private static final Logger LOG = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        try {
            String pattern = bundle.getString(key);
            // Always through MessageFormat, so every message follows one quoting rule ('' is an apostrophe).
            return new MessageFormat(pattern, bundle.getLocale()).format(params);
        } catch (MissingResourceException missing) {
            LOG.warn("Missing translation {} for {}", key, locale);
            return "!" + key;
        }
    }

    /** English for any English locale, Chinese for everything else. */
    public static ResourceBundle bundle(Locale locale) {
        Locale effective = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK);
    }
}
