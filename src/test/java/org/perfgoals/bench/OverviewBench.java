package org.perfgoals.bench;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.perfgoals.SpringTest;
import org.perfgoals.dashboard.DashboardService;
import org.perfgoals.dashboard.Overview;
import org.perfgoals.dashboard.OverviewFacts;
import org.perfgoals.dashboard.OverviewFilter;
import org.perfgoals.generator.DemoGenerator;
import org.perfgoals.generator.GeneratedData;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The leaders' overview at scale: run with {@code ./mvnw -B -Pbench verify} (not part of the normal tests).
 * Generates 1,000 and then 10,000 projects of one year into the tests' in-memory H2 database (in memory so that
 * no page cache grows or shrinks between the heap measurements; on PostgreSQL with
 * {@code -Dperfgoals.bench.postgres-url=…}), times the overview after the shared cache was emptied (median of
 * repeated runs after warm-up) against a raw JDBC scan of the rows it reads, and measures the heap one open UI session
 * of the overview and of the project dashboard retains (Karibu sessions held open, heap after GC, minus the same
 * number of sessions showing an empty view). Ends with one {@code BENCH …} line for comparing runs.
 * <p>
 * A session is measured as it stands in production after its first response: Vaadin's development-mode component
 * tracker, which keeps a stack trace for every component created and is off in production mode, is switched off;
 * and the changes of the first response are collected as the servlet does when it writes that response (Karibu
 * never writes one, so without this each mock session would keep the whole initial change list).
 */
@TestPropertySource(properties = "logging.level.org.perfgoals.generator=warn")
class OverviewBench extends SpringTest {

    static {
        // Must be set before the first component is created: Vaadin reads it once per JVM. The bench profile also
        // sets it on the command line, because another bench running first in the same JVM creates components.
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    /** A year of its own: the demo profile's seed projects (2019) are not counted. */
    private static final int YEAR = 2020;
    private static final int WARMUPS = 3;
    private static final int RUNS = 7;
    private static final int SESSIONS = Integer.getInteger("bench.sessions", 20);

    @Autowired
    private DemoGenerator generator;
    @Autowired
    private DashboardService dashboards;
    @Autowired
    private OverviewFacts facts;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    /** An empty page: the baseline of a Karibu session that shows nothing of ours. */
    @Route("bench-blank")
    @AnonymousAllowed
    public static class BlankView extends Div {
    }

    @Test
    void overview_at_scale() throws Exception {
        GeneratedData first = generator.generate(1_000, YEAR, 1L);
        say("generated %,d projects (%,d indicators, %,d actuals, %,d budget executions, %,d alerts) in %,d ms",
                first.projects(), first.indicators(), first.actuals(), first.executions(), first.alerts(),
                first.millis());
        upToDate("1k");
        double overview1k = medianOverview(1_000);
        double raw1k = medianRawScan();
        say("1k projects: overview median %.1f ms, raw JDBC scan median %.1f ms, ratio %.2f", overview1k, raw1k,
                overview1k / raw1k);

        GeneratedData rest = generator.generate(9_000, YEAR, 2L);
        say("generated %,d more projects (%,d actuals) in %,d ms", rest.projects(), rest.actuals(), rest.millis());
        upToDate("10k");
        double overview10k = medianOverview(10_000);
        double raw10k = medianRawScan();
        double ratio = overview10k / raw10k;
        say("10k projects: overview median %.1f ms, raw JDBC scan median %.1f ms, ratio %.2f", overview10k, raw10k,
                ratio);

        long projectId = SystemAuthentication.call(() -> dashboards.overview(new OverviewFilter(YEAR, 3, null, null)))
                .projects().getFirst().id();
        Routes routes = routes();
        long[] kb = sessionKilobytes(routes, List.of("overview", "dashboard/" + projectId + "/" + YEAR + "/3"));

        say("goals: overview10k <= 1000 ms: %s; ratio <= 3: %s; session <= 300 KB: overview %s, dashboard %s",
                overview10k <= 1000, ratio <= 3, kb[0] <= 300, kb[1] <= 300);
        System.out.printf(Locale.ROOT, "BENCH overview1k_ms=%d overview10k_ms=%d ratio_to_raw=%.2f "
                        + "session_kb_overview=%d session_kb_project=%d db=%s%n", Math.round(overview1k),
                Math.round(overview10k), ratio, kb[0], kb[1], new BenchRows(dataSource).database());
        System.out.flush();
    }

    /** Generation marks everything changed: the overview's per-project rows are recomputed once, timed here. */
    private void upToDate(String size) {
        long started = System.nanoTime();
        facts.bringUpToDate();
        say("%s projects: the overview's per-project rows recomputed from scratch in %,d ms", size,
                (System.nanoTime() - started) / 1_000_000);
    }

    private double medianOverview(int expected) {
        OverviewFilter filter = new OverviewFilter(YEAR, 3, null, null);
        return median(() -> {
            // Measure the computation, not the shared cache: empty it before every run, as any change does.
            context.publishEvent(org.perfgoals.base.DataChangedEvent.workflow());
            Overview overview = SystemAuthentication.call(() -> dashboards.overview(filter));
            if (overview.projects().size() != expected) {
                throw new IllegalStateException("overview has " + overview.projects().size() + " projects, expected "
                        + expected);
            }
        });
    }

    /** The rows the overview reads (its per-project rows and the active alerts), streamed, every cell looked at. */
    private double medianRawScan() {
        BenchRows rows = new BenchRows(dataSource);
        return median(() -> rows.scan(YEAR, BenchRows.OVERVIEW_ROWS));
    }

    private static double median(Runnable work) {
        for (int i = 0; i < WARMUPS; i++) {
            work.run();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    // --- retained heap per UI session -------------------------------------------------------------------------

    private static Routes routes() {
        Routes routes = org.perfgoals.KaribuSupport.routes();
        routes.getRoutes().add(BlankView.class);
        return routes;
    }

    /**
     * For each location: K sessions held open on it, heap after GC minus before, minus the same for K sessions on
     * the empty view (Karibu's own servlet, service and session per mock session), divided by K.
     */
    private long[] sessionKilobytes(Routes routes, List<String> locations) throws InterruptedException {
        // One session of each first, so that class loading and one-off caches are not counted.
        for (String location : locations) {
            release(open(routes, 1, location));
        }
        release(open(routes, 1, "bench-blank"));
        long blank = retained(routes, "bench-blank");
        say("heap per Karibu session on an empty view: %,d KB (baseline, subtracted below)", blank / 1024);
        long[] result = new long[locations.size()];
        // The lighter view first: releasing 20 large overview sessions leaves the heap drifting for a while.
        for (int i = locations.size() - 1; i >= 0; i--) {
            long gross = retained(routes, locations.get(i));
            result[i] = Math.max(0, Math.round((gross - blank) / 1024.0));
            say("heap per session on %s: %,d KB gross, %,d KB net of the baseline (%d sessions)", locations.get(i),
                    gross / 1024, result[i], SESSIONS);
        }
        return result;
    }

    /** Bytes one session on {@code location} keeps: heap with K sessions open minus without, over K. */
    private long retained(Routes routes, String location) throws InterruptedException {
        long before = usedHeapAfterGc();
        List<Object> held = open(routes, SESSIONS, location);
        long with = usedHeapAfterGc();
        release(held);
        return (with - before) / SESSIONS;
    }

    private List<Object> open(Routes routes, int count, String location) {
        List<Object> held = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            org.perfgoals.KaribuSupport.openSession(routes, context);
            login("leader");
            UI.getCurrent().navigate(location);
            MockVaadin.clientRoundtrip(false);
            UI.getCurrent().getInternals().getStateTree().collectChanges(change -> {
            });
            String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
            if (!path.equals(location)) {
                throw new IllegalStateException("navigated to " + location + " but the UI shows " + path);
            }
            held.add(UI.getCurrent());
            held.add(VaadinSession.getCurrent());
            held.add(VaadinServletRequest.getCurrent());
        }
        return held;
    }

    private void release(List<Object> held) {
        MockVaadin.tearDown();
        held.clear();
        securityContexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    private void login(String username) {
        org.perfgoals.KaribuSupport.login(users, securityContexts, username);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            Thread.sleep(150);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static void say(String format, Object... args) {
        System.out.println("BENCH| " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
