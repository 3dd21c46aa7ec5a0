package org.perfgoals.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.UI;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedProjects;
import org.perfgoals.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;

/** The entry view tests open the 12333 hotline project's quarters of 2019 as one of the demo users. */
abstract class EntryViewTestBase extends KaribuTest {

    @Autowired
    protected ProjectService projects;

    protected long hotline() {
        return SeedProjects.hotline(projects);
    }

    protected EntryView open(String user, int quarter) {
        login(user);
        UI.getCurrent().navigate("monitoring/" + hotline() + "/2019/" + quarter);
        return _get(EntryView.class);
    }
}
