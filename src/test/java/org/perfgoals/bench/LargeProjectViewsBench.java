package org.perfgoals.bench;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.LargeForm;
import org.perfgoals.importer.ImportResult;
import org.perfgoals.importer.ImportService;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * How long the project page, the entry view and the dashboard of a project of 300 indicators take to build in
 * Karibu (server side: components created, data loaded), after one warm-up. Prints only, asserts nothing about
 * time: run with {@code ./mvnw -B test -Dtest=LargeProjectViewsBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LargeProjectViewsBench extends KaribuTest {

    private static final int INDICATORS = 300;

    @Autowired
    private ImportService importer;
    @Autowired
    private ProjectService projects;
    @Autowired
    private org.springframework.context.ApplicationContext context;

    private long time(String user, String path) {
        login(user);
        long start = System.nanoTime();
        UI.getCurrent().navigate(path);
        long millis = (System.nanoTime() - start) / 1_000_000;
        UI.getCurrent().navigate("projects");
        return millis;
    }

    @Test
    void print_the_time_to_build_each_view_of_a_large_project() {
        login("admin");
        long importStart = System.nanoTime();
        ImportResult imported = importer.importFile(LargeForm.of("大型基准项目", INDICATORS), false);
        System.out.println("BENCH import " + INDICATORS + " indicators: "
                + (System.nanoTime() - importStart) / 1_000_000
                + " ms, errors " + imported.errors());
        // The demo profile's seeding of a project without data (Q1-Q3 values, reviews), as after a restart.
        Object seeding = context.getBean("demoMonitoringData");
        long seedStart = System.nanoTime();
        try {
            var seed = seeding.getClass().getMethod("seedDemoMonitoring");
            seed.setAccessible(true);
            seed.invoke(seeding);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        System.out.println("BENCH demo seeding of " + INDICATORS + " indicators: "
                + (System.nanoTime() - seedStart) / 1_000_000 + " ms");
        long id = projects.list(new ProjectFilter(null, null, "大型基准项目"), Pageable.unpaged()).getFirst().id();
        for (String[] view : new String[][] {{"admin", "projects/" + id}, {"staff", "monitoring/" + id + "/2019/1"},
                {"manager", "dashboard/" + id + "/2019/1"}}) {
            time(view[0], view[1]);
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                best = Math.min(best, time(view[0], view[1]));
            }
            System.out.println("BENCH " + view[1].replace(String.valueOf(id), "{id}") + " (" + INDICATORS
                    + " indicators): best of 3 " + best + " ms");
        }
    }
}
