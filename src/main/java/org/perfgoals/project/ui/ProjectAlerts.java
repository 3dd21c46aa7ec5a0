package org.perfgoals.project.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.perfgoals.alert.AlertRecord;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.AlertText;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.base.ui.RouteLink;
import org.perfgoals.base.ui.Texts;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The project's active alerts, newest first, with a link to all of them in the alert centre. */
class ProjectAlerts extends VerticalLayout {

    final UnorderedList list = new UnorderedList();

    ProjectAlerts(long projectId, AlertService alerts, TranslationProvider messages) {
        setPadding(false);
        List<AlertRecord> active = alerts.list(AlertFilter.activeOfProject(projectId),
                PageRequest.of(0, 50, Sort.by(Sort.Order.desc("updatedAt"))));
        list.addClassName("project-alerts");
        if (active.isEmpty()) {
            add(new Paragraph(getTranslation("project.alerts.none")));
        } else {
            active.forEach(alert -> {
                ListItem item = new ListItem(Texts.labelled(this, getTranslation("alertType." + alert.type().name()),
                        AlertText.message(alert, messages, getLocale())));
                item.getElement().setAttribute("data-alert-type", alert.type().name());
                list.add(item);
            });
            add(list);
        }
        add(RouteLink.to("alerts?project=" + projectId, getTranslation("project.alerts.all")));
    }
}
