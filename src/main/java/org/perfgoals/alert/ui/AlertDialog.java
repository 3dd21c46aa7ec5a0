package org.perfgoals.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.perfgoals.alert.AlertRecord;
import org.perfgoals.alert.AlertStatus;
import org.perfgoals.alert.AlertInputException;
import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.AlertText;
import org.perfgoals.base.i18n.TranslationProvider;

/** One alert: what it says, its whole history, and acknowledge / resolve with a comment. */
class AlertDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    final TextArea comment = new TextArea();
    final Button acknowledge = new Button();
    final Button resolve = new Button();

    AlertDialog(AlertRecord alert, AlertService alerts, TranslationProvider messages, Runnable onChange) {
        setHeaderTitle(getTranslation("alertType." + alert.type().name()));
        add(new Paragraph(AlertText.message(alert, messages, getLocale())));
        UnorderedList events = new UnorderedList();
        events.addClassName("alert-events");
        alert.events().forEach(event -> events.add(new ListItem(getTranslation("alert.event",
                WHEN.format(event.happenedAt()), event.actor(),
                getTranslation("alertAction." + event.action().name()),
                AlertText.comment(event, messages, getLocale())))));
        add(events);
        comment.setLabel(getTranslation("alert.comment"));
        comment.setWidthFull();
        // The browser stops typing at the column's size; the service still checks what arrives.
        comment.setMaxLength(AlertService.MAX_COMMENT);
        boolean active = alert.status().isActive();
        comment.setVisible(active);
        add(comment);
        acknowledge.setText(getTranslation("alert.acknowledge"));
        acknowledge.setVisible(active && alert.status() == AlertStatus.OPEN);
        acknowledge.addClickListener(click -> act(() -> alerts.acknowledge(alert.id(), comment.getValue()),
                onChange));
        resolve.setText(getTranslation("alert.resolve"));
        resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resolve.setVisible(active);
        resolve.addClickListener(click -> act(() -> alerts.resolve(alert.id(), comment.getValue()), onChange));
        getFooter().add(new Button(getTranslation("close"), click -> close()), acknowledge, resolve);
        setWidth("40em");
    }

    private void act(Runnable action, Runnable onChange) {
        try {
            action.run();
            close();
            onChange.run();
        } catch (AlertInputException refused) {
            comment.setErrorMessage(getTranslation("alert.error." + refused.getCode(), refused.getArgs().toArray()));
            comment.setInvalid(true);
        } catch (org.springframework.security.access.AccessDeniedException denied) {
            Notification.show(getTranslation("alert.denied"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
