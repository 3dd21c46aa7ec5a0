package org.perfgoals.dashboard.ui;

import com.vaadin.flow.component.html.Span;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.monitoring.wording.MonitoringWording;

/** A traffic light: a coloured dot with the verdict's name beside it. */
final class StatusLight {

    private StatusLight() {
    }

    static Span of(Status status, String label) {
        Span dot = new Span();
        dot.addClassName("status-dot");
        dot.getStyle().set("background", MonitoringWording.colours(status).solid());
        Span light = new Span(dot, new Span(label));
        light.addClassName("status-light");
        light.getElement().setAttribute("data-status", status.name());
        return light;
    }
}
