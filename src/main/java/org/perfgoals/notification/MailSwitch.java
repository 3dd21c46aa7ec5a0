package org.perfgoals.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether notifications go out by e-mail: only once {@code spring.mail.host} is configured, when Spring Boot makes
 * a {@link JavaMailSender}. Without one, notifications are only in the app and no mail is queued.
 */
@Component
class MailSwitch {

    private final ObjectProvider<JavaMailSender> senders;

    MailSwitch(ObjectProvider<JavaMailSender> senders) {
        this.senders = senders;
    }

    boolean on() {
        return sender() != null;
    }

    @Nullable JavaMailSender sender() {
        return senders.getIfAvailable();
    }
}
