package org.perfgoals.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link to another feature's view by its route path, so features link to each other without depending on each
 * other's classes; {@code router-link} makes Vaadin navigate without reloading the page.
 */
public final class RouteLink {

    private RouteLink() {
    }

    public static Anchor to(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
