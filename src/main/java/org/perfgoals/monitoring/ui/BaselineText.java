package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import org.perfgoals.base.i18n.PeriodLabel;
import org.perfgoals.indicator.domain.TargetWording;
import org.perfgoals.monitoring.read.Baseline;

/** Says what a relative target is judged against and where that value comes from. */
final class BaselineText {

    private BaselineText() {
    }

    /** "上年实际值：96.5（取自 2018年第4季度 同名项目）", "…（经理填写）", or that there is none yet. */
    static String of(Component context, Baseline baseline) {
        if (baseline == null) {
            return context.getTranslation("baseline.none");
        }
        String value = TargetWording.number(baseline.value());
        if (!baseline.fromLastYear()) {
            return context.getTranslation("baseline.entered", value);
        }
        return context.getTranslation("baseline.lastYear", value, period(context, baseline));
    }

    /** The helper under the settings field: what leaving it empty means. */
    static String ifEmpty(Component context, Baseline baseline) {
        return baseline != null && baseline.fromLastYear()
                ? context.getTranslation("baseline.ifEmpty.lastYear", TargetWording.number(baseline.value()),
                period(context, baseline))
                : context.getTranslation("baseline.ifEmpty.none");
    }

    private static String period(Component context, Baseline baseline) {
        return PeriodLabel.of(context::getTranslation, baseline.fromYear(), baseline.month());
    }
}
