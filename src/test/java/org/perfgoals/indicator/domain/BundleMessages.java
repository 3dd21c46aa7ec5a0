package org.perfgoals.indicator.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages from the real vaadin-i18n bundles, as the application serves them. */
final class BundleMessages implements Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    BundleMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
