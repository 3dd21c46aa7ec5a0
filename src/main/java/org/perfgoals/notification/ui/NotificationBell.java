package org.perfgoals.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import org.perfgoals.base.ui.HeaderItem;
import org.perfgoals.base.ui.LiveUpdates;
import org.perfgoals.notification.NotificationInbox;
import org.perfgoals.security.CurrentUser;

/** The inbox icon in the header beside the alert bell: the user's unread notifications, opening the inbox. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderItem {

    private final NotificationInbox inbox;
    private final CurrentUser currentUser;
    private final LiveUpdates live;

    NotificationBell(NotificationInbox inbox, CurrentUser currentUser, LiveUpdates live) {
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.live = live;
    }

    @Override
    public Component create() {
        if (currentUser.get().isEmpty()) {
            return null;
        }
        Bell bell = new Bell(inbox);
        // A notification made on any node moves the shared data version: the count follows without a reload.
        live.subscribe(bell, bell::refresh);
        return bell;
    }

    /** The link with its count, counted again after every navigation (reading in the inbox lowers it). */
    static final class Bell extends RouterLink implements AfterNavigationObserver {

        final Span number = new Span();
        private final NotificationInbox inbox;

        Bell(NotificationInbox inbox) {
            super("", NotificationInboxView.class);
            this.inbox = inbox;
            number.addClassName("notification-count");
            add(VaadinIcon.INBOX.create(), number);
            addClassName("notification-bell");
            refresh();
        }

        void refresh() {
            long unread = inbox.unread();
            number.setText(String.valueOf(unread));
            number.getElement().getThemeList().clear();
            number.getElement().getThemeList()
                    .add(unread > 0 ? "badge primary pill small" : "badge contrast pill small");
            getElement().setAttribute("title", getTranslation("notification.bell", unread));
            getElement().setAttribute("aria-label", getTranslation("notification.bell", unread));
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            refresh();
        }

        /** Counts again in every bell of the UI (after the inbox marked some read). */
        static void refreshIn(Component root) {
            if (root instanceof Bell bell) {
                bell.refresh();
            }
            root.getChildren().forEach(Bell::refreshIn);
        }
    }
}
