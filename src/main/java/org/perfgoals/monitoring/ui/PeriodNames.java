package org.perfgoals.monitoring.ui;

import java.util.function.BiFunction;
import org.perfgoals.monitoring.domain.Period;

/** A period as people name it: a quarter 第3季度, another period by its months, 1–7月. */
final class PeriodNames {

    private final BiFunction<String, Object[], String> translate;

    PeriodNames(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
    }

    String of(Period period) {
        return period.quarter().isPresent()
                ? translate.apply("entry.quarterLabel", new Object[] {period.quarter().getAsInt()})
                : translate.apply("calendar.period.months", new Object[] {period.endMonth()});
    }
}
