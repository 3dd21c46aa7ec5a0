package org.perfgoals.notification;

import java.util.EnumMap;
import java.util.Map;
import org.perfgoals.notification.domain.Channel;
import org.perfgoals.notification.domain.NotificationEvent;
import org.perfgoals.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's choices: per event in the app, by e-mail or both (both when never chosen), and a daily
 * digest instead of a mail per notification. They apply to notifications made from then on.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationPreferences {

    /** What the profile page shows and changes. */
    public record Choices(Map<NotificationEvent, Channel> channels, boolean dailyDigest, boolean mailOn,
                          boolean hasEmail) {
    }

    private final NotificationRepository notifications;
    private final MailSwitch mail;
    private final CurrentUser currentUser;

    NotificationPreferences(NotificationRepository notifications, MailSwitch mail, CurrentUser currentUser) {
        this.notifications = notifications;
        this.mail = mail;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Choices mine() {
        String me = currentUser.username();
        Map<NotificationEvent, Channel> channels = new EnumMap<>(NotificationEvent.class);
        for (NotificationEvent event : NotificationEvent.values()) {
            channels.put(event, Channel.BOTH);
        }
        channels.putAll(notifications.channels(me));
        boolean hasEmail = notifications.recipient(me).map(Recipient::email)
                .filter(email -> !email.isBlank()).isPresent();
        return new Choices(Map.copyOf(channels), notifications.dailyDigest(me), mail.on(), hasEmail);
    }

    public void setChannel(NotificationEvent event, Channel channel) {
        notifications.setChannel(currentUser.username(), event, channel);
    }

    public void setDailyDigest(boolean digest) {
        notifications.setDailyDigest(currentUser.username(), digest);
    }
}
