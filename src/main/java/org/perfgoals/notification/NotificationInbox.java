package org.perfgoals.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.perfgoals.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's notifications behind the bell: unread first, newest first; reading them. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationInbox {

    private final NotificationRepository notifications;
    private final NotificationTexts texts;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationInbox(NotificationRepository notifications, NotificationTexts texts, CurrentUser currentUser,
                      Clock clock) {
        this.notifications = notifications;
        this.texts = texts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the inbox, the texts in {@code locale}. */
    @Transactional(readOnly = true)
    public List<NotificationRecord> list(int offset, int limit, Locale locale) {
        return notifications.inbox(currentUser.username(), offset, limit).stream()
                .map(stored -> new NotificationRecord(stored.id(), stored.event(), texts.title(stored, locale),
                        texts.body(stored, locale), stored.linkPath(), stored.createdAt(), stored.readAt() != null))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return notifications.countInbox(currentUser.username());
    }

    @Transactional(readOnly = true)
    public long unread() {
        return notifications.countUnread(currentUser.username());
    }

    /** Marks one of the user's own notifications read; another user's id changes nothing. */
    public boolean markRead(long id) {
        return notifications.markRead(id, currentUser.username(), clock.instant()) == 1;
    }

    public int markAllRead() {
        return notifications.markAllRead(currentUser.username(), clock.instant());
    }
}
