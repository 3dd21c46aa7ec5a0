package org.perfgoals.base.ui;

import java.util.Locale;

/**
 * What else happens when someone picks a language in the header (besides this session using it): a feature that
 * keeps the signed-in user's language implements it as a bean, so the shared layout depends on no feature.
 */
public interface LanguageChoice {

    /** The language chosen, from the header's {@link LanguageSwitch}; called for anonymous visitors too. */
    void chosen(Locale language);
}
