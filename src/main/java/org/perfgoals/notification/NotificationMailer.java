package org.perfgoals.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes and sends a notification mail: multipart/alternative with a plain-text and an HTML part, in the
 * recipient's language, every link absolute from {@code perfgoals.public-url}. One notification per mail, or the
 * daily digest of several.
 */
@Component
class NotificationMailer {

    private final NotificationTexts texts;
    private final NotificationProperties properties;
    private final String publicUrl;

    NotificationMailer(NotificationTexts texts, NotificationProperties properties,
                       @Value("${perfgoals.public-url:http://localhost:8080}") String publicUrl) {
        this.texts = texts;
        this.properties = properties;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String link(String path) {
        return publicUrl + "/" + path;
    }

    void send(JavaMailSender sender, Recipient to, List<StoredNotification> items) {
        Locale locale = to.locale();
        String subject;
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\">");
        if (items.size() == 1) {
            subject = texts.title(items.getFirst(), locale);
        } else {
            subject = texts.text("notification.mail.dailySubject", locale, items.size());
        }
        plain.append(texts.text("notification.mail.greeting", locale, to.displayName())).append("\n\n");
        html.append("<p>").append(escape(texts.text("notification.mail.greeting", locale, to.displayName())))
                .append("</p>");
        for (StoredNotification item : items) {
            String title = texts.title(item, locale);
            String body = texts.body(item, locale);
            String url = link(item.linkPath());
            if (items.size() > 1) {
                plain.append("* ").append(title).append('\n');
                html.append("<h3>").append(escape(title)).append("</h3>");
            }
            plain.append(body).append('\n');
            html.append("<p>").append(escape(body)).append("</p>");
            for (NotificationTexts.Line line : texts.digestLines(item, locale)) {
                if (line.link() == null) {
                    plain.append('\n').append(line.text()).append('\n');
                    html.append("<p><b>").append(escape(line.text())).append("</b></p>");
                } else {
                    plain.append("  - ").append(line.text()).append(": ").append(link(line.link())).append('\n');
                    html.append("<p>&nbsp;&nbsp;<a href=\"").append(escape(link(line.link()))).append("\">")
                            .append(escape(line.text())).append("</a></p>");
                }
            }
            String open = texts.text("notification.mail.open", locale);
            plain.append(open).append(": ").append(url).append("\n\n");
            html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(open)).append("</a></p>");
        }
        String footer = texts.text("notification.mail.footer", locale, link("profile"));
        plain.append("--\n").append(footer).append('\n');
        html.append("<hr><p style=\"color:#666;font-size:smaller\">").append(escape(footer)).append("</p>")
                .append("</body></html>");
        sender.send(message(sender, to, subject, plain.toString(), html.toString()));
    }

    private MimeMessage message(JavaMailSender sender, Recipient to, String subject, String plain, String html) {
        try {
            MimeMessage message = sender.createMimeMessage();
            message.setFrom(new InternetAddress(properties.from()));
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to.email()));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(plain, StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setText(html, StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(rich);
            message.setContent(alternative);
            return message;
        } catch (MessagingException bad) {
            throw new MailPreparationException(bad);
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
