package org.perfgoals.project.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.perfgoals.alert.AlertService;
import org.perfgoals.base.i18n.TranslationProvider;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.perfgoals.base.ui.IssueText;
import org.perfgoals.base.ui.PageNotFoundException;
import org.perfgoals.base.ui.RouteParameter;
import org.perfgoals.base.ui.RouteLink;
import org.perfgoals.project.ProjectDetails;
import org.perfgoals.project.ProjectQueries;
import org.perfgoals.security.Role;

/** One project as its form declares it: every field, the budget composition, the indicator tree, the warnings. */
@Route("projects/:id")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectQueries projects;
    private final AlertService alerts;
    private final AuthenticationContext authentication;
    private final TranslationProvider messages;
    private String title = "";

    ProjectView(ProjectQueries projects, AlertService alerts, TranslationProvider messages,
                AuthenticationContext authentication) {
        this.projects = projects;
        this.authentication = authentication;
        this.alerts = alerts;
        this.messages = messages;
        addClassName("project-view");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        // The route always has an id; one that is not a number or names no project goes to the error view.
        Optional<ProjectDetails> project = RouteParameter.number(event, "id").flatMap(projects::details);
        show(project.orElseThrow(() -> new PageNotFoundException("project.notFound")));
    }

    private void show(ProjectDetails project) {
        title = project.name();
        H2 heading = new H2(project.name());
        heading.addClassName("project-name");
        Anchor entry = RouteLink.to("monitoring/" + project.id(), getTranslation("project.monitoring"));
        entry.addClassName("project-monitoring-link");
        entry.setVisible(authentication.hasAnyRole("ADMIN", "MANAGER", "STAFF"));
        Anchor dashboard = RouteLink.to("dashboard/" + project.id(), getTranslation("project.dashboard"));
        dashboard.addClassName("project-dashboard-link");
        dashboard.setVisible(authentication.hasAnyRole("ADMIN", "MANAGER", "LEADER"));
        HorizontalLayout links = new HorizontalLayout(entry, dashboard);
        add(backLink(), heading, links, new ProjectFormFields(project));
        add(new H3(getTranslation("budget.title")), new BudgetComposition(project));
        add(new H3(getTranslation("indicator.title", project.indicators().size())),
                new IndicatorTree(project.indicators()));
        add(new H3(getTranslation("project.alerts")), new ProjectAlerts(project.id(), alerts, messages));
        add(new H3(getTranslation("project.warnings", project.warnings().size())), warnings(project));
    }

    private VerticalLayout warnings(ProjectDetails project) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (project.warnings().isEmpty()) {
            box.add(new Paragraph(getTranslation("project.warnings.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("import-warnings");
        project.warnings().forEach(warning -> list.add(new ListItem(
                IssueText.withLine(this, warning.code(), warning.args(), warning.line()))));
        box.add(list);
        return box;
    }

    private RouterLink backLink() {
        return new RouterLink(getTranslation("project.back"), ProjectListView.class);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
