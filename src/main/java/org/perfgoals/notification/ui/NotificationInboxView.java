package org.perfgoals.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.perfgoals.notification.NotificationInbox;
import org.perfgoals.notification.NotificationRecord;

/**
 * 通知: the user's notifications, unread first, each opening its page (the entry view, the dashboard, the alert
 * centre) and marked read on the way; mark one or all read.
 */
@Route("notifications")
@Menu(title = "nav.notifications", order = 4, icon = "vaadin:inbox")
@PermitAll
class NotificationInboxView extends VerticalLayout implements HasDynamicTitle {

    final Grid<NotificationRecord> grid = new Grid<>();
    final Button markAllRead = new Button();
    final Span empty = new Span();

    private final NotificationInbox inbox;
    private final DateTimeFormatter when;

    NotificationInboxView(NotificationInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        setSizeFull();
        addClassName("notification-inbox");
        markAllRead.setText(getTranslation("notification.inbox.markAllRead"));
        markAllRead.addClickListener(click -> {
            inbox.markAllRead();
            refresh();
        });
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("notification.inbox.title")), markAllRead);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        empty.setText(getTranslation("notification.inbox.empty"));
        grid.addComponentColumn(this::card).setHeader(getTranslation("notification.inbox.title")).setFlexGrow(1);
        grid.addColumn(notification -> when.format(notification.createdAt())).setAutoWidth(true).setFlexGrow(0)
                .setKey("at");
        grid.addComponentColumn(this::readButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setSizeFull();
        add(top, empty, grid);
        refresh();
    }

    private Div card(NotificationRecord notification) {
        Span title = new Span(notification.title());
        title.getStyle().set("font-weight", notification.read() ? "normal" : "bold");
        Div card = new Div(title, new Div(notification.body()));
        card.addClassName(notification.read() ? "notification-read" : "notification-unread");
        card.getStyle().set("cursor", "pointer");
        card.addClickListener(click -> open(notification));
        return card;
    }

    private Button readButton(NotificationRecord notification) {
        Button read = new Button(getTranslation("notification.inbox.markRead"), click -> {
            inbox.markRead(notification.id());
            refresh();
        });
        read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        read.setVisible(!notification.read());
        return read;
    }

    /** Opens the notification's page and marks it read. */
    void open(NotificationRecord notification) {
        inbox.markRead(notification.id());
        UI.getCurrent().navigate(notification.link());
    }

    void refresh() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            NotificationBell.Bell.refreshIn(ui);
        }
        long count = inbox.count();
        empty.setVisible(count == 0);
        markAllRead.setEnabled(inbox.unread() > 0);
        grid.setItems(query -> inbox.list(query.getOffset(), query.getLimit(), getLocale()).stream(),
                query -> (int) inbox.count());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.inbox.title") + " | " + getTranslation("app.title");
    }
}
