package org.perfgoals.base.i18n;

import java.util.Locale;

/** "2019年第2季度" / "2019 Q2" for a quarter, "2019年1–7月" / "2019 Jan–Jul" for other periods. */
public final class PeriodLabel {

    private PeriodLabel() {
    }

    public static String of(TranslationProvider messages, Locale locale, int year, int endMonth) {
        return endMonth % 3 == 0
                ? messages.getTranslation("period.quarter", locale, String.valueOf(year), endMonth / 3)
                : messages.getTranslation("period.months", locale, String.valueOf(year), endMonth);
    }
}
