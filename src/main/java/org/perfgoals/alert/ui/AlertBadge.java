package org.perfgoals.alert.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import org.perfgoals.alert.AlertService;
import org.perfgoals.base.ui.HeaderItem;
import org.perfgoals.base.ui.LiveUpdates;
import org.perfgoals.security.CurrentUser;


/** The count of active alerts that concern the user, in the header, linking to the alert centre. */
@org.springframework.stereotype.Component
class AlertBadge implements HeaderItem {

    private final AlertService alerts;
    private final CurrentUser currentUser;
    private final LiveUpdates live;

    AlertBadge(AlertService alerts, CurrentUser currentUser, LiveUpdates live) {
        this.alerts = alerts;
        this.currentUser = currentUser;
        this.live = live;
    }

    @Override
    public Component create() {
        if (currentUser.get().isEmpty()) {
            return null;
        }
        Span number = new Span();
        number.addClassName("alert-count");
        RouterLink link = new RouterLink(AlertCenterView.class);
        link.add(VaadinIcon.BELL.create(), number);
        link.addClassName("alert-badge");
        show(link, number);
        // An alert raised or closed by anyone, on any node, changes the count without a reload.
        live.subscribe(link, () -> show(link, number));
        return link;
    }

    private void show(RouterLink link, Span number) {
        long count = alerts.countActiveForCurrentUser();
        number.setText(String.valueOf(count));
        number.getElement().getThemeList().clear();
        number.getElement().getThemeList()
                .add(count > 0 ? "badge error primary pill small" : "badge contrast pill small");
        link.getElement().setAttribute("title", number.getTranslation("alerts.active", count));
    }
}
