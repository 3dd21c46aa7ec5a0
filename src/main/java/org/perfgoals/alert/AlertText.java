package org.perfgoals.alert;

import java.util.Locale;
import org.perfgoals.base.i18n.PeriodLabel;
import org.perfgoals.base.i18n.TranslationProvider;

/** An alert in words: names project, indicator or sub-item, period, target and actual. */
public final class AlertText {

    private AlertText() {
    }

    public static String message(AlertRecord alert, TranslationProvider messages, Locale locale) {
        String subject = alert.subjectName() == null ? "" : alert.subjectName();
        return messages.getTranslation("alert.message." + alert.type().name(), locale, alert.projectName(),
                subject, period(alert, messages, locale), nullToEmpty(alert.targetText()),
                nullToEmpty(alert.actualText()));
    }

    public static String period(AlertRecord alert, TranslationProvider messages, Locale locale) {
        return PeriodLabel.of(messages, locale, alert.year(), alert.month());
    }

    /** The comment of an event; automatic resolutions store the new status and are worded here. */
    public static String comment(AlertEventRecord event, TranslationProvider messages, Locale locale) {
        if (event.action() == AlertAction.AUTO_RESOLVED) {
            return messages.getTranslation("alert.autoResolved", locale,
                    messages.getTranslation("status." + event.comment(), locale));
        }
        return nullToEmpty(event.comment());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
