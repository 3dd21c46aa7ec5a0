package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.perfgoals.monitoring.domain.Status;

/** A coloured badge for a verdict: 达标 / 预警 / 未达标 / 远超目标 / 无数据 / 待评价. */
class StatusChip extends Span {

    StatusChip(Status status) {
        addClassName("status-chip");
        setStatus(status);
    }

    void setStatus(Status status) {
        setText(getTranslation("status." + status.name()));
        getElement().setAttribute("data-status", status.name());
        // A Lumo badge in the verdict's colours (StatusColors, the same as charts, tables and the workbook).
        getElement().getThemeList().clear();
        getElement().getThemeList().add("badge");
        String name = status == Status.NO_DATA || status == Status.NEEDS_ASSESSMENT ? "GREY" : status.name();
        getStyle().set("background-color", "var(--status-" + name.toLowerCase(Locale.ROOT) + "-tint)")
                .set("color", "var(--status-" + name.toLowerCase(Locale.ROOT) + "-text)");
    }

    String status() {
        return getElement().getAttribute("data-status");
    }
}
