package org.perfgoals.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A section a feature adds to the user's profile page (the notification choices, for instance). The profile view
 * collects every such bean, so the security feature that owns the page depends on no other feature.
 */
public interface ProfileSection {

    /** A new component for one page; null when it has nothing to show to the current user. */
    Component create();
}
