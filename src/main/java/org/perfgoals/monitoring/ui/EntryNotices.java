package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The entry view's notifications: a short word of success or refusal, and the longer ones about others' changes. */
final class EntryNotices {

    private EntryNotices() {
    }

    static void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    /** Someone saved meanwhile and the user's save was refused: shown a while, the input stays on the page. */
    static void conflict(String message) {
        Notification conflict = Notification.show(message, 15000, Notification.Position.MIDDLE);
        conflict.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The quarter changed under the user's action, which did not happen: stays until closed. */
    static void changedMeanwhile(String message) {
        Notification notification = Notification.show(message, 0, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.addClassName("entry-changed-meanwhile");
    }

    /** Someone else changed the period on screen: said at once, for a few seconds, the user's input stays. */
    static void changedElsewhere(String message) {
        Notification notification = Notification.show(message, 10000, Notification.Position.TOP_END);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.addClassName("entry-changed-elsewhere");
    }
}
