package org.perfgoals.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.perfgoals.notification.DeliveryRecord;
import org.perfgoals.notification.NotificationDelivery;
import org.perfgoals.notification.domain.MailState;

/** 通知邮件 (ADMIN): the mails that failed, wait for a retry or are being sent, and sending a failed one again. */
@Route("admin/notifications")
@Menu(title = "nav.notificationAdmin", order = 78, icon = "vaadin:envelope-o")
@RolesAllowed("ADMIN")
class NotificationAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<DeliveryRecord> grid = new Grid<>();
    final Span status = new Span();

    private final NotificationDelivery delivery;
    private final DateTimeFormatter when;

    NotificationAdminView(NotificationDelivery delivery, Clock clock) {
        this.delivery = delivery;
        this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
        setSizeFull();
        addClassName("notification-admin");
        grid.addColumn(DeliveryRecord::recipient).setHeader(getTranslation("notification.admin.recipient"))
                .setAutoWidth(true).setKey("recipient");
        grid.addColumn(row -> getTranslation("notification.event." + row.event().name()))
                .setHeader(getTranslation("notification.admin.event")).setAutoWidth(true).setKey("event");
        grid.addColumn(row -> getTranslation("notification.mailState." + row.state().name()))
                .setHeader(getTranslation("notification.admin.state")).setAutoWidth(true).setKey("state");
        grid.addColumn(DeliveryRecord::attempts).setHeader(getTranslation("notification.admin.attempts"))
                .setAutoWidth(true).setKey("attempts");
        grid.addColumn(row -> row.nextAttemptAt() == null || row.state() == MailState.FAILED ? ""
                        : when.format(row.nextAttemptAt()))
                .setHeader(getTranslation("notification.admin.nextAttempt")).setAutoWidth(true).setKey("next");
        grid.addColumn(row -> row.lastError() == null ? "" : row.lastError())
                .setHeader(getTranslation("notification.admin.lastError")).setFlexGrow(1).setKey("error")
                .setTooltipGenerator(row -> row.lastError() == null ? "" : row.lastError());
        grid.addColumn(row -> when.format(row.createdAt())).setHeader(getTranslation("notification.admin.created"))
                .setAutoWidth(true).setKey("created");
        grid.addComponentColumn(this::retryButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        add(new H2(getTranslation("notification.admin.title")), status, grid);
        refresh();
    }

    private Button retryButton(DeliveryRecord row) {
        Button retry = new Button(getTranslation("notification.admin.retry"), click -> retry(row));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setVisible(row.state() == MailState.FAILED);
        return retry;
    }

    void retry(DeliveryRecord row) {
        delivery.retry(row.id());
        refresh();
    }

    void refresh() {
        long count = delivery.countUndelivered();
        status.setText(!delivery.mailOn() ? getTranslation("notification.admin.mailOff")
                : count == 0 ? getTranslation("notification.admin.none") : "");
        grid.setItems(query -> delivery.undelivered(query.getOffset(), query.getLimit()).stream(),
                query -> (int) delivery.countUndelivered());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.admin.title") + " | " + getTranslation("app.title");
    }
}
