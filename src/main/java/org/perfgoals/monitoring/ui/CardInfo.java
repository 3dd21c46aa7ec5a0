package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import org.perfgoals.base.i18n.PeriodLabel;
import org.perfgoals.indicator.IndicatorRecord;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.indicator.domain.TargetWording;
import org.perfgoals.monitoring.read.ActualRecord;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.wording.MonitoringWording;

/** What an indicator's card says before its inputs: the target in words, the earlier periods, the baseline. */
class CardInfo extends Div {

    CardInfo(SheetRow row) {
        addClassName("entry-info");
        IndicatorRecord indicator = row.indicator();
        Span target = new Span(new TargetWording(this::getTranslation).describe(indicator.target()));
        target.addClassName("entry-target");
        Span earlier = new Span(earlierText(row));
        earlier.addClassName("entry-earlier");
        add(target, earlier);
        if (indicator.target() instanceof Target.Relative) {
            Span baseline = new Span(BaselineText.of(this, row.baseline()));
            baseline.addClassName("entry-baseline");
            add(baseline);
        }
    }

    private String earlierText(SheetRow row) {
        if (row.earlier().isEmpty()) {
            return getTranslation("entry.noEarlier");
        }
        return row.earlier().stream().map(earlier -> earlierValue(this, row, earlier))
                // A compound value already separates its parts with "；": quarters get a mark of their own.
                .collect(Collectors.joining(" · "));
    }

    /** The latest earlier period's value ("Q3：88 %"), or that there is none: the table's previous value. */
    static String previous(Component translator, SheetRow row) {
        return row.earlier().isEmpty() ? translator.getTranslation("entry.noEarlier")
                : earlierValue(translator, row, row.earlier().getLast());
    }

    private static String earlierValue(Component translator, SheetRow row, ActualRecord earlier) {
        return translator.getTranslation("entry.earlierValue",
                PeriodLabel.ofShort(translator::getTranslation, earlier.period().endMonth()),
                new MonitoringWording(translator::getTranslation).value(earlier, row.indicator().target()));
    }
}
