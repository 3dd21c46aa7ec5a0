package org.perfgoals.indicator.domain;

/**
 * UI texts by key, formatted with {@link java.text.MessageFormat} arguments; the application backs it with
 * the vaadin-i18n bundles, so the domain speaks every language the bundles do without depending on Vaadin.
 */
public interface Messages {

    String get(String key, Object... args);
}
