package org.perfgoals.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.perfgoals.SpringTest;
import org.perfgoals.base.DataChangedEvent;
import org.perfgoals.dashboard.DashboardService;
import org.perfgoals.dashboard.Overview;
import org.perfgoals.dashboard.OverviewFacts;
import org.perfgoals.dashboard.OverviewFilter;
import org.perfgoals.generator.DemoGenerator;
import org.perfgoals.generator.GeneratedData;
import org.perfgoals.monitoring.EntryMode;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.SpendingEntry;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overview at 100,000 projects ({@code -Dbench.overview.projects=N}), as users meet it: 1,000 projects generated
 * with all their rows, then copied set-based to N ({@link BenchRows#copyProjects}); the overview's per-project rows
 * recomputed once from scratch; then, each as the median of {@value #RUNS} runs after a warm-up, with the shared
 * cache emptied before each run as any change does:
 * <ul>
 *   <li>first open: the overview of Q3 over all units, nothing changed since the rows were brought up to date;</li>
 *   <li>after a save: a spending value of one project saved through {@link QuarterEntryService}, then Q3 (the open
 *       is timed, which recomputes that project's rows first; not the save);</li>
 *   <li>a new quarter: Q3 open and cached, then Q2;</li>
 *   <li>unit filtered: Q3 of one unit (some 500 projects);</li>
 *   <li>the raw scan: the rows the overview reads (its per-project rows of the year and the active alerts), streamed
 *       and every cell looked at, for the ratio;</li>
 *   <li>before: once, the overview recomputed with the year-wide aggregates over the source tables.</li>
 * </ul>
 * The subclasses choose the database.
 */
abstract class LargeOverviewMeasurement extends SpringTest {

    static final int YEAR = 2021;
    private static final int PROJECTS = Integer.getInteger("bench.overview.projects", 100_000);
    private static final int GENERATED = Math.min(1_000, PROJECTS);
    private static final int RUNS = 5;

    @Autowired
    private DemoGenerator generator;
    @Autowired
    private DashboardService dashboards;
    @Autowired
    private OverviewFacts facts;
    @Autowired
    private QuarterEntryService entry;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private DataSource dataSource;

    /** The medians in ms: first open, after a save, new quarter, unit filtered, raw scan, and the slowest of four. */
    record Figures(String database, long projects, double first, double afterSave, double newQuarter, double unit,
                   double raw, double before, double rebuild) {

        double slowest() {
            return Math.max(Math.max(first, afterSave), Math.max(newQuarter, unit));
        }

        double ratio() {
            return first / raw;
        }
    }

    Figures measure() {
        BenchRows rows = new BenchRows(dataSource);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long firstProject = rows.max("project") + 1;
        GeneratedData generated = generator.generate(GENERATED, YEAR, 7L);
        long started = System.nanoTime();
        long projects = rows.copyProjects(YEAR, firstProject, PROJECTS / GENERATED - 1);
        say(rows, "generated %,d projects (%,d actuals) in %,d ms, copied set-based to %,d in %,.0f ms", GENERATED,
                generated.actuals(), generated.millis(), projects, millis(started));
        say(rows, "rows of %d: %,d actuals, %,d budget executions, %,d indicators, %,d active alerts in all", YEAR,
                count(jdbc, "actual_value where period_year = " + YEAR),
                count(jdbc, "budget_execution where period_year = " + YEAR),
                count(jdbc, "indicator i join project p on p.id = i.project_id where p.project_year = " + YEAR),
                count(jdbc, "alert where status <> 'RESOLVED'"));

        OverviewFilter q3 = new OverviewFilter(YEAR, 3, null, null);
        // The copies were written behind the application's back: everything must be recomputed once.
        events.publishEvent(new DataChangedEvent());
        started = System.nanoTime();
        facts.bringUpToDate();
        double rebuild = millis(started);
        say(rows, "the overview's rows of all projects recomputed from scratch in %,.0f ms", rebuild);

        started = System.nanoTime();
        Overview cold = overview(q3);
        say(rows, "first open after start (JIT cold): %,.0f ms, %,d projects", millis(started),
                cold.projects().size());
        if (cold.projects().size() != projects) {
            throw new IllegalStateException("overview has " + cold.projects().size() + " projects, expected "
                    + projects);
        }
        started = System.nanoTime();
        Overview before = SystemAuthentication.call(() -> recomputedFromSources(q3));
        double beforeMillis = millis(started);
        say(rows, "before: the same overview from year-wide aggregates over the source tables: %,.0f ms",
                beforeMillis);
        if (!before.equals(cold)) {
            throw new IllegalStateException("the overview from the kept rows differs from the recomputed one");
        }

        double first = median(() -> {
            forgetCached();
            return overview(q3);
        });
        long saved = firstProject + GENERATED / 2;
        long item = jdbc.sql("select min(id) from budget_item where project_id = ?").param(saved).query(Long.class)
                .single();
        int[] round = {0};
        double afterSave = median(() -> {
            String amount = (1_000 + round[0]++) + ".00";
            SystemAuthentication.call(() -> entry.save(saved, Period.quarter(YEAR, 4), new SheetInput(List.of(),
                    List.of(new SpendingEntry(item, amount, null)), null, null), EntryMode.FEED));
            // The open that follows the save, as the user waits for it (the save itself is not counted).
            long openStarted = System.nanoTime();
            overview(q3);
            return millis(openStarted);
        }, true);
        OverviewFilter q2 = new OverviewFilter(YEAR, 2, null, null);
        double newQuarter = median(() -> {
            forgetCached();
            overview(q3);
            long quarterStarted = System.nanoTime();
            overview(q2);
            return millis(quarterStarted);
        }, true);
        String unit = jdbc.sql("select department from project where id = ?").param(saved).query(String.class)
                .single();
        OverviewFilter ofUnit = new OverviewFilter(YEAR, 3, unit, null);
        int[] unitProjects = {0};
        double unitMillis = median(() -> {
            forgetCached();
            Overview overview = overview(ofUnit);
            unitProjects[0] = overview.projects().size();
            return overview;
        });
        double raw = median(() -> rows.scan(YEAR, BenchRows.OVERVIEW_ROWS));
        Overview afterAll = overview(q3);
        if (!afterAll.equals(SystemAuthentication.call(() -> recomputedFromSources(q3)))) {
            throw new IllegalStateException("after the saves the overview differs from the recomputed one");
        }
        Figures figures = new Figures(rows.database(), projects, first, afterSave, newQuarter, unitMillis, raw,
                beforeMillis, rebuild);
        say(rows, "%,d projects: first open %.0f ms, after a save %.0f ms, new quarter %.0f ms, unit filtered "
                        + "(%,d projects) %.0f ms; raw scan of the rows read %.0f ms, ratio %.2f", projects, first,
                afterSave, newQuarter, unitProjects[0], unitMillis, raw, figures.ratio());
        say(rows, "goals: each <= 1000 ms: %s; ratio <= 3: %s", figures.slowest() <= 1000, figures.ratio() <= 3);
        return figures;
    }

    private Overview recomputedFromSources(OverviewFilter filter) {
        return dashboards.recomputedFromSources(filter);
    }

    private Overview overview(OverviewFilter filter) {
        return SystemAuthentication.call(() -> dashboards.overview(filter));
    }

    /** What any change does to the caches of every node, without marking a project. */
    private void forgetCached() {
        events.publishEvent(DataChangedEvent.workflow());
    }

    private static long count(JdbcClient jdbc, String from) {
        return jdbc.sql("select count(*) from " + from).query(Long.class).single();
    }

    private static double median(Supplier<Object> work) {
        return median(work, false);
    }

    /** Median ms of {@code work} after one warm-up; with {@code reported}, of the ms the work itself returns. */
    private static double median(Supplier<Object> work, boolean reported) {
        work.get();
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            Object result = work.get();
            millis[i] = reported ? (Double) result : millis(started);
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    private static double millis(long started) {
        return (System.nanoTime() - started) / 1e6;
    }

    static void say(BenchRows rows, String format, Object... args) {
        System.out.println("BENCH| " + rows.database() + ": " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    static String line(List<String> parts) {
        return "BENCH " + String.join(" ", new ArrayList<>(parts));
    }
}
