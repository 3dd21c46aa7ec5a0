package org.perfgoals.monitoring.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import java.util.Optional;
import org.perfgoals.base.ui.NotAllowedException;
import org.perfgoals.base.ui.PageNotFoundException;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectService;
import org.perfgoals.project.ProjectSummary;
import org.perfgoals.security.UnitAccess;
import org.springframework.data.domain.PageRequest;

/**
 * The entry view's project and quarter: the projects the user may enter for, paged and narrowed by the typed
 * name; choosing one navigates to its quarter's route.
 */
class ProjectPicker extends HorizontalLayout {

    final ComboBox<ProjectSummary> project = new ComboBox<>();
    final Select<Integer> quarter = new Select<>();

    private final ProjectService projects;
    private final UnitAccess access;

    ProjectPicker(ProjectService projects, UnitAccess access) {
        this.projects = projects;
        this.access = access;
        project.setLabel(getTranslation("entry.project"));
        project.setItemLabelGenerator(summary -> getTranslation("entry.projectLabel", summary.name(),
                summary.unit()));
        project.setWidth("34em");
        // Lazy and paged: a unit may have hundreds of projects over the years; the typed text narrows by name.
        project.setItems(query -> projects.list(choices(query.getFilter()), toSpringPageRequest(query)).stream(),
                query -> (int) projects.count(choices(query.getFilter())));
        quarter.setLabel(getTranslation("entry.quarter"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> getTranslation("entry.quarterLabel", q));
        project.addValueChangeListener(event -> navigateIfFromClient(event.isFromClient()));
        quarter.addValueChangeListener(event -> navigateIfFromClient(event.isFromClient()));
        add(project, quarter);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    /** The project of the route, else the first the user may enter for (none when they may enter for none). */
    Optional<ProjectSummary> chosen(Optional<Long> requested) {
        return requested.isPresent()
                ? Optional.of(requestedProject(requested.get()))
                : projects.list(choices(Optional.empty()), PageRequest.of(0, 1)).stream().findFirst();
    }

    /** Shows the chosen project and quarter without navigating. */
    void select(ProjectSummary selected, int q) {
        project.setValue(selected);
        quarter.setValue(q);
    }

    /** The projects the user may enter for (those of their unit; all for admins), whose name has the typed text. */
    private ProjectFilter choices(Optional<String> typed) {
        return new ProjectFilter(null, access.ownUnit(), typed.orElse(null));
    }

    /** A project not among the user's: another unit's is refused, showing nothing of it; a missing one is not found. */
    private ProjectSummary requestedProject(long projectId) {
        ProjectSummary requested = projects.summary(projectId)
                .orElseThrow(() -> new PageNotFoundException("project.notFound"));
        if (access.ownUnit() != null && !access.ownUnit().equals(requested.unit())) {
            throw new NotAllowedException("entry.otherUnit");
        }
        return requested;
    }

    private void navigateIfFromClient(boolean fromClient) {
        if (fromClient && project.getValue() != null && quarter.getValue() != null) {
            UI.getCurrent().navigate(EntryView.class, new RouteParameters(Map.of(
                    "projectId", String.valueOf(project.getValue().id()),
                    "year", String.valueOf(project.getValue().year()),
                    "quarter", String.valueOf(quarter.getValue()))));
        }
    }
}
