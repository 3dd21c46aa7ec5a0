package org.perfgoals.base.i18n;

import java.util.Locale;

/**
 * A period in words: "2019年第2季度" / "2019 Q2" for a quarter, "2019年1–7月" / "2019 Jan–month 7" for a period that
 * ends in another month; short, without the year, "Q2" / "1–7月". A period is a year and the month it ends with, so
 * monthly or 1–7月 reporting reads as well as quarters wherever a period is named.
 */
public final class PeriodLabel {

    /** Where the words come from: a view's {@code getTranslation}, or the provider with a locale. */
    @FunctionalInterface
    public interface Translations {
        String get(String key, Object... args);
    }

    private PeriodLabel() {
    }

    public static String of(TranslationProvider messages, Locale locale, int year, int endMonth) {
        return of((key, args) -> messages.getTranslation(key, locale, args), year, endMonth);
    }

    public static String of(Translations translations, int year, int endMonth) {
        return isQuarterEnd(endMonth)
                ? translations.get("period.quarter", String.valueOf(year), endMonth / 3)
                : translations.get("period.months", String.valueOf(year), endMonth);
    }

    /** Without the year, for a list of the year's periods. */
    public static String ofShort(Translations translations, int endMonth) {
        return isQuarterEnd(endMonth)
                ? translations.get("period.quarter.short", endMonth / 3)
                : translations.get("period.months.short", endMonth);
    }

    private static boolean isQuarterEnd(int endMonth) {
        return endMonth % 3 == 0;
    }
}
