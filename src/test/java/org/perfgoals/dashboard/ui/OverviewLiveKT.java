package org.perfgoals.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedProjects;
import org.perfgoals.alert.AlertService;
import org.perfgoals.base.ui.LiveUpdates;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.EntryMode;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Live screens: a leader's open overview and the bell follow a save by staff without a reload, once the node's
 * poller ({@link LiveUpdates#poll()}, called here rather than each second) sees the shared data version move.
 */
class OverviewLiveKT extends KaribuTest {

    @Autowired
    private LiveUpdates live;
    @Autowired
    private QuarterEntryService monitoring;
    @Autowired
    private ProjectService projects;
    @Autowired
    private AlertService alerts;

    private static String tile(String key) {
        Div tile = _get(Div.class, spec -> spec.withClasses("tile").withAttribute("data-tile", key));
        return _get(tile, Span.class, spec -> spec.withClasses("tile-value")).getText();
    }

    private static String bell() {
        RouterLink badge = _get(RouterLink.class, spec -> spec.withClasses("alert-badge"));
        return _get(badge, Span.class, spec -> spec.withClasses("alert-count")).getText();
    }

    @Test
    void the_overview_and_the_bell_follow_another_users_save_without_a_reload() {
        login("leader");
        UI.getCurrent().navigate("overview");
        OverviewView view = _get(OverviewView.class);
        // Any refresh still due for earlier tests' changes runs now, so only this test's change is left to see.
        live.poll();
        MockVaadin.clientRoundtrip(false);
        String indicatorsBefore = tile("indicators");
        long alertsBefore = alerts.countActiveForCurrentUser();
        assertThat(bell()).isEqualTo(String.valueOf(alertsBefore));
        long hotline = SeedProjects.hotline(projects);
        long connection = monitoring.sheet(hotline, Period.quarter(2019, 3)).rows().stream()
                .filter(row -> row.indicator().name().equals("综合接通率")).findFirst().orElseThrow()
                .indicator().id();
        assertThat(monitoring.sheet(hotline, Period.quarter(2019, 3)).row(connection).evaluation().status())
                .isNotEqualTo(Status.RED);

        login("staff");
        monitoring.save(hotline, Period.quarter(2019, 3),
                new SheetInput(List.of(ActualEntry.number(connection, "40").explained(DeviationCause.STAFF,
                        "系统升级期间话务转接中断", "恢复转接并增补咨询员", Likelihood.POSSIBLE)), List.of(), null, null),
                EntryMode.CHECKED);
        login("leader");
        assertThat(tile("indicators")).as("nothing moves before the poller looks").isEqualTo(indicatorsBefore);

        live.poll();
        MockVaadin.clientRoundtrip(false);

        assertThat(tile("indicators")).isNotEqualTo(indicatorsBefore);
        assertThat(view.overview().projects().stream().filter(row -> row.id() == hotline).findFirst().orElseThrow()
                .status()).isEqualTo(Status.RED);
        assertThat(alerts.countActiveForCurrentUser()).as("the red row raised TARGET_MISSED, its risk stays")
                .isEqualTo(alertsBefore + 1);
        assertThat(bell()).isEqualTo(String.valueOf(alertsBefore + 1));
    }
}
