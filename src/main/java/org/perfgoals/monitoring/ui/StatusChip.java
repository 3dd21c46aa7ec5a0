package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.html.Span;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.wording.MonitoringWording;

/** A coloured badge for a verdict: 达标 / 预警 / 未达标 / 远超目标 / 无数据 / 待评价. */
class StatusChip extends Span {

    StatusChip(Status status) {
        addClassName("status-chip");
        setStatus(status);
    }

    void setStatus(Status status) {
        setText(new MonitoringWording(this::getTranslation).status(status));
        getElement().setAttribute("data-status", status.name());
        // A Lumo badge in the verdict's colours (StatusColors, the same as charts, tables and the workbook).
        getElement().getThemeList().clear();
        getElement().getThemeList().add("badge");
        String name = MonitoringWording.cssName(status);
        getStyle().set("background-color", "var(--status-" + name + "-tint)")
                .set("color", "var(--status-" + name + "-text)");
    }

    String status() {
        return getElement().getAttribute("data-status");
    }
}
