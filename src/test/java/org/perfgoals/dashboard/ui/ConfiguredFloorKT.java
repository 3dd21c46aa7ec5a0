package org.perfgoals.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedProjects;
import org.perfgoals.chart.Annotation;
import org.perfgoals.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The dashboard draws the year-end floor that application.yml configures, not a number of its own. */
@TestPropertySource(properties = "perfgoals.monitoring.year-end-execution-floor=0.85")
class ConfiguredFloorKT extends KaribuTest {

    @Autowired
    private ProjectService projects;

    @Test
    void the_execution_chart_draws_the_configured_year_end_floor() {
        login("leader");
        long hotline = SeedProjects.hotline(projects);
        UI.getCurrent().navigate("dashboard/" + hotline + "/2019/2");
        Annotation floor = _get(ProjectDashboardView.class).execution.getConfig().annotations().getFirst();
        assertThat(floor.y()).isEqualByComparingTo("85");
        assertThat(floor.label()).isEqualTo("年末 85%");
    }
}
