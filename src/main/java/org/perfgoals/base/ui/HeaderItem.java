package org.perfgoals.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the application header (the alert count, for instance). The layout collects every
 * such bean, so the shared layout depends on no feature.
 */
public interface HeaderItem {

    /** A new component for one page; null when it has nothing to show to the current user. */
    Component create();
}
