package org.perfgoals.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.perfgoals.base.i18n.PeriodLabel;
import org.perfgoals.base.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * A notification's title and text in a language, from the bundles ({@code notification.title.EVENT} and
 * {@code notification.body.EVENT}), rendered when shown or mailed rather than when stored. Every pattern gets the
 * same arguments: {0} project, {1} period, {2} unit, {3} days left, {4} indicator or sub-item, {5} target,
 * {6} actual, {7} who (submitted or returned), {8} comment; the weekly digest gets its three counts instead.
 */
@Component
class NotificationTexts {

    private final TranslationProvider messages;

    NotificationTexts(TranslationProvider messages) {
        this.messages = messages;
    }

    String title(StoredNotification notification, Locale locale) {
        return messages.getTranslation("notification.title." + notification.event().name(), locale,
                args(notification, locale));
    }

    String body(StoredNotification notification, Locale locale) {
        return messages.getTranslation("notification.body." + notification.event().name(), locale,
                args(notification, locale));
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getTranslation(key, locale, args);
    }

    /** The weekly digest's lists as (text, link path) lines, each under its heading; empty for other events. */
    List<Line> digestLines(StoredNotification notification, Locale locale) {
        List<Line> lines = new ArrayList<>();
        if (notification.args() == null) {
            return lines;
        }
        WeeklyDigest digest = WeeklyDigest.read(notification.args());
        section(lines, text("notification.digest.red", locale, digest.redCount()),
                digest.red().stream().map(item -> new Line(item.projectName() + " (" + item.unit() + ")",
                        "dashboard/" + item.projectId())).toList());
        section(lines, text("notification.digest.overdue", locale, digest.overdueCount()),
                digest.overdueUnits().stream().map(unit -> new Line(unit, "alerts")).toList());
        section(lines, text("notification.digest.behind", locale, digest.behindCount()),
                digest.behind().stream().map(item -> new Line(item.projectName() + " (" + item.unit() + ")",
                        "dashboard/" + item.projectId())).toList());
        return lines;
    }

    private static void section(List<Line> lines, String heading, List<Line> items) {
        lines.add(new Line(heading, null));
        lines.addAll(items);
    }

    private Object[] args(StoredNotification notification, Locale locale) {
        if (notification.args() != null) {
            WeeklyDigest digest = WeeklyDigest.read(notification.args());
            return new Object[] {digest.redCount(), digest.overdueCount(), digest.behindCount()};
        }
        String period = notification.year() == null || notification.month() == null ? ""
                : PeriodLabel.of(messages, locale, notification.year(), notification.month());
        return new Object[] {orEmpty(notification.projectName()), period, orEmpty(notification.unit()),
                notification.daysLeft() == null ? 0 : notification.daysLeft(), orEmpty(notification.subject()),
                orEmpty(notification.targetText()), orEmpty(notification.actualText()),
                orEmpty(notification.actor()), orEmpty(notification.comment())};
    }

    private static String orEmpty(@org.jspecify.annotations.Nullable String text) {
        return text == null ? "" : text;
    }

    /** A line of a digest: a heading (no link) or an item with the path it links to. */
    record Line(String text, @org.jspecify.annotations.Nullable String link) {
    }
}
