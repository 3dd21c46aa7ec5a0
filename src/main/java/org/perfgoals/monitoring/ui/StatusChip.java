package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.html.Span;
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
        getElement().getThemeList().clear();
        getElement().getThemeList().add(switch (status) {
            case GREEN -> "badge success";
            case YELLOW -> "badge warning";
            case RED -> "badge error primary";
            case BLUE -> "badge primary";
            case NO_DATA, NEEDS_ASSESSMENT -> "badge contrast";
        });
    }

    String status() {
        return getElement().getAttribute("data-status");
    }
}
