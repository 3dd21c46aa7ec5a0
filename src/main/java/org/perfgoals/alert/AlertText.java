package org.perfgoals.alert;

import java.util.Locale;
import org.perfgoals.base.i18n.PeriodLabel;
import org.perfgoals.base.i18n.TranslationProvider;

/** An alert in words: names project, indicator or sub-item, period, target and actual. */
public final class AlertText {

    private AlertText() {
    }

    public static String message(Alert alert, TranslationProvider messages, Locale locale) {
        String subject = alert.getSubjectName() == null ? "" : alert.getSubjectName();
        return messages.getTranslation("alert.message." + alert.getType().name(), locale, alert.getProjectName(),
                subject, period(alert, messages, locale), nullToEmpty(alert.getTargetText()),
                nullToEmpty(alert.getActualText()));
    }

    public static String period(Alert alert, TranslationProvider messages, Locale locale) {
        return PeriodLabel.of(messages, locale, alert.getYear(), alert.getMonth());
    }

    /** The comment of an event; automatic resolutions store the new status and are worded here. */
    public static String comment(AlertEvent event, TranslationProvider messages, Locale locale) {
        if (event.getAction() == AlertEvent.Action.AUTO_RESOLVED) {
            return messages.getTranslation("alert.autoResolved", locale,
                    messages.getTranslation("status." + event.getComment(), locale));
        }
        return nullToEmpty(event.getComment());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
