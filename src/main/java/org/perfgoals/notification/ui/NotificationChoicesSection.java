package org.perfgoals.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.EnumMap;
import java.util.Map;
import org.perfgoals.base.ui.ProfileSection;
import org.perfgoals.notification.NotificationPreferences;
import org.perfgoals.notification.domain.Channel;
import org.perfgoals.notification.domain.NotificationEvent;
import org.perfgoals.security.CurrentUser;

/** On the profile page: per event in the app, by e-mail or both, and the daily digest instead of single mails. */
@org.springframework.stereotype.Component
class NotificationChoicesSection implements ProfileSection {

    private final NotificationPreferences preferences;
    private final CurrentUser currentUser;

    NotificationChoicesSection(NotificationPreferences preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        if (currentUser.get().isEmpty()) {
            return null;
        }
        return new Choices(preferences);
    }

    /** The section itself; its fields are reachable for the tests. */
    static final class Choices extends VerticalLayout {

        final Map<NotificationEvent, RadioButtonGroup<Channel>> channels = new EnumMap<>(NotificationEvent.class);
        final Checkbox dailyDigest = new Checkbox();

        Choices(NotificationPreferences preferences) {
            setPadding(false);
            addClassName("notification-choices");
            NotificationPreferences.Choices mine = preferences.mine();
            add(new H3(getTranslation("notification.preferences.title")));
            if (!mine.mailOn()) {
                add(new Span(getTranslation("notification.preferences.mailOff")));
            } else if (!mine.hasEmail()) {
                add(new Span(getTranslation("notification.preferences.noEmail")));
            }
            for (NotificationEvent event : NotificationEvent.values()) {
                RadioButtonGroup<Channel> group = new RadioButtonGroup<>(
                        getTranslation("notification.event." + event.name()));
                group.setItems(Channel.IN_APP, Channel.EMAIL, Channel.BOTH);
                group.setItemLabelGenerator(channel -> getTranslation(switch (channel) {
                    case IN_APP -> "notification.preferences.inApp";
                    case EMAIL -> "notification.preferences.email";
                    case BOTH -> "notification.preferences.both";
                }));
                group.setValue(mine.channels().get(event));
                group.addValueChangeListener(change -> {
                    if (change.getValue() != null) {
                        preferences.setChannel(event, change.getValue());
                        Notification.show(getTranslation("notification.preferences.saved"));
                    }
                });
                channels.put(event, group);
                add(group);
            }
            dailyDigest.setLabel(getTranslation("notification.preferences.dailyDigest"));
            dailyDigest.setValue(mine.dailyDigest());
            dailyDigest.addValueChangeListener(change -> {
                preferences.setDailyDigest(change.getValue());
                Notification.show(getTranslation("notification.preferences.saved"));
            });
            add(dailyDigest);
        }
    }
}
