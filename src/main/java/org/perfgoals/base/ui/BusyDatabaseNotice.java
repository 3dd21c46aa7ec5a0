package org.perfgoals.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.perfgoals.base.api.Overload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When the database cannot answer now (no pooled connection in time, a query past its timeout: {@link Overload}),
 * a screen says the system is busy and to try again, and keeps what the user typed, instead of Vaadin's "Internal
 * error". The REST API answers the same failures with 503 and {@code Retry-After}. Every other failure goes to
 * Vaadin's own handling.
 */
@Component
class BusyDatabaseNotice implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(BusyDatabaseNotice.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new Handler()));
    }

    /** The session's error handler. */
    static final class Handler implements ErrorHandler {

        private final ErrorHandler fallback = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            UI ui = UI.getCurrent();
            if (ui == null || !Overload.is(event.getThrowable())) {
                fallback.error(event);
                return;
            }
            LOG.warn("The database was busy for a screen request: {}", event.getThrowable().toString());
            Notification notice = Notification.show(ui.getTranslation("ui.busy"), 5000,
                    Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
            notice.addClassName("busy-notice");
        }
    }
}
