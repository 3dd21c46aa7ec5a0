package org.perfgoals.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import org.perfgoals.base.ui.HeaderItem;
import org.perfgoals.notification.NotificationInbox;
import org.perfgoals.security.CurrentUser;

/** The bell in the header beside the alert count: the user's unread notifications, opening the inbox. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderItem {

    private final NotificationInbox inbox;
    private final CurrentUser currentUser;

    NotificationBell(NotificationInbox inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        if (currentUser.get().isEmpty()) {
            return null;
        }
        long unread = inbox.unread();
        Span number = new Span(String.valueOf(unread));
        number.addClassName("notification-count");
        number.getElement().getThemeList()
                .add(unread > 0 ? "badge primary pill small" : "badge contrast pill small");
        RouterLink link = new RouterLink(NotificationInboxView.class);
        link.add(VaadinIcon.BELL_O.create(), number);
        link.addClassName("notification-bell");
        link.getElement().setAttribute("title", number.getTranslation("notification.bell", unread));
        link.getElement().setAttribute("aria-label", number.getTranslation("notification.bell", unread));
        return link;
    }
}
