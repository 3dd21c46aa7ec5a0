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
import org.perfgoals.project.Project;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.Role;

/** One project as its form declares it: every field, the budget composition, the indicator tree, the warnings. */
@Route("projects/:id")
@RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final AlertService alerts;
    private final AuthenticationContext authentication;
    private final TranslationProvider messages;
    private String title = "";

    ProjectView(ProjectService projects, AlertService alerts, TranslationProvider messages,
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
        Optional<Project> project = RouteParameter.number(event, "id").flatMap(projects::get);
        show(project.orElseThrow(() -> new PageNotFoundException("project.notFound")));
    }

    private void show(Project project) {
        title = project.getName();
        H2 heading = new H2(project.getName());
        heading.addClassName("project-name");
        Anchor entry = RouteLink.to("monitoring/" + project.getId(), getTranslation("project.monitoring"));
        entry.addClassName("project-monitoring-link");
        entry.setVisible(authentication.hasAnyRole("ADMIN", "MANAGER", "STAFF"));
        Anchor dashboard = RouteLink.to("dashboard/" + project.getId(), getTranslation("project.dashboard"));
        dashboard.addClassName("project-dashboard-link");
        dashboard.setVisible(authentication.hasAnyRole("ADMIN", "MANAGER", "LEADER"));
        HorizontalLayout links = new HorizontalLayout(entry, dashboard);
        add(backLink(), heading, links, new ProjectFormFields(project));
        add(new H3(getTranslation("budget.title")), new BudgetComposition(project));
        add(new H3(getTranslation("indicator.title", project.getIndicators().size())),
                new IndicatorTree(project.getIndicators()));
        add(new H3(getTranslation("project.alerts")), new ProjectAlerts(project.getId(), alerts, messages));
        add(new H3(getTranslation("project.warnings", project.getWarnings().size())), warnings(project));
    }

    private VerticalLayout warnings(Project project) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (project.getWarnings().isEmpty()) {
            box.add(new Paragraph(getTranslation("project.warnings.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("import-warnings");
        project.getWarnings().forEach(warning -> list.add(new ListItem(
                IssueText.withLine(this, warning.getCode(), warning.getArgs(), warning.getLine()))));
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
