package org.perfgoals.alert.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import org.perfgoals.alert.AlertService;
import org.perfgoals.base.ui.HeaderItem;
import org.perfgoals.security.CurrentUser;


/** The count of active alerts that concern the user, in the header, linking to the alert centre. */
@org.springframework.stereotype.Component
class AlertBadge implements HeaderItem {

    private final AlertService alerts;
    private final CurrentUser currentUser;

    AlertBadge(AlertService alerts, CurrentUser currentUser) {
        this.alerts = alerts;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        if (currentUser.get().isEmpty()) {
            return null;
        }
        long count = alerts.countActiveForCurrentUser();
        Span number = new Span(String.valueOf(count));
        number.addClassName("alert-count");
        number.getElement().getThemeList()
                .add(count > 0 ? "badge error primary pill small" : "badge contrast pill small");
        RouterLink link = new RouterLink(AlertCenterView.class);
        link.add(VaadinIcon.BELL.create(), number);
        link.addClassName("alert-badge");
        link.getElement().setAttribute("title", number.getTranslation("alerts.active", count));
        return link;
    }
}
