package org.perfgoals.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.perfgoals.AppProcess;
import org.perfgoals.bench.load.Journeys.Role;
import org.perfgoals.bench.load.Recorder.Sample;
import org.perfgoals.bench.load.Recorder.Stats;

/**
 * The load test: {@code ./mvnw -B -Pload verify} (never part of the normal tests). The {@code load} profile builds
 * the production jar; this starts it as a process of its own (demo profile, an H2 file database under
 * {@code target/load}, {@code load.projects} generated projects besides the seed), waits for readiness, and drives
 * it with virtual users speaking Vaadin's UIDL protocol ({@link UiSession}, {@link Journeys}) in levels
 * ({@code -Dload.users=50,100,200,500}), each measured for {@code load.seconds} after a ramp in which the new users
 * log in; then 50 REST clients with an API token ({@code load.api.clients}, {@code load.api.seconds}). With
 * {@code PERFGOALS_TEST_POSTGRES_URL} set (.ci/postgres.sh) the same again on a fresh PostgreSQL database.
 *
 * <p>Prints per level {@code LOAD| level …}, the requests by kind and the server's own times per URI, and ends with
 * {@code LOAD users=<n> p50_ms=<n> p95_ms=<n> p99_ms=<n> errors=<n> heap_mb=<n> db=<h2|postgres> api_rps=<n>
 * api_p95_ms=<n>} for the largest level that met the goal (p95 ≤ 300 ms, no error), or the first level when none
 * did. Only that the run happened is asserted (users logged in, requests answered), never a timing.
 */
class AppLoad {

    private static final Path DIR = Path.of("target", "load");
    private static final long GOAL_P95_MS = 300;

    private final int[] levels = Arrays.stream(System.getProperty("load.users", "50,100,200,500").split(","))
            .map(String::strip).mapToInt(Integer::parseInt).toArray();
    private final int seconds = Integer.getInteger("load.seconds", 30);
    private final int rampSeconds = Integer.getInteger("load.ramp", 15);
    private final long thinkMillis = Long.getLong("load.think", 4000);
    private final int projects = Integer.getInteger("load.projects", 1000);
    private final int apiClients = Integer.getInteger("load.api.clients", 50);
    private final int apiSeconds = Integer.getInteger("load.api.seconds", 20);
    /** Units whose manager and staff the UI's virtual users log in as; units whose staff push actuals over REST. */
    private final int uiUnits = Integer.getInteger("load.units", 10);
    private final int apiUnits = 5;
    /** A level whose p95 is beyond this ends the ramp: larger levels would only be slower. */
    private final long stopMillis = Long.getLong("load.stop-ms", 4 * GOAL_P95_MS);

    private record Level(int users, Stats stats, long heapMb, double load) {
    }

    /** CPU time used so far by a process, ms (the app's, and the driver's own: both share the machine). */
    private static long cpuMillis(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    @Test
    void virtual_users_and_rest_clients_against_the_production_jar() throws Exception {
        Files.createDirectories(DIR);
        Path jar = Path.of("target", "perfgoals.jar");
        assertThat(jar).as("the production jar (the load profile builds it)").exists();
        List<String> lines = new ArrayList<>();
        lines.add(run(jar, "h2", List.of("--spring.datasource.url=jdbc:h2:file:" + fresh("h2").toAbsolutePath()
                + "/perfgoals")));
        String server = System.getenv("PERFGOALS_TEST_POSTGRES_URL");
        if (server != null && !server.isBlank()) {
            String name = "load_" + ProcessHandle.current().pid();
            try (Connection connection = DriverManager.getConnection(server, "perfgoals", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name);
                statement.execute("create database " + name);
            }
            lines.add(run(jar, "postgres", List.of(
                    "--spring.datasource.url=" + server.substring(0, server.lastIndexOf('/') + 1) + name,
                    "--spring.datasource.username=perfgoals", "--spring.datasource.password=")));
        }
        lines.forEach(AppLoad::print);
    }

    private String run(Path jar, String db, List<String> database) throws Exception {
        List<String> arguments = new ArrayList<>(database);
        arguments.add("--spring.profiles.active=demo");
        arguments.add("--perfgoals.demo.generate-projects=" + projects);
        // More of the app's own arguments for a trial (-Dload.app.args="--a=b --c=d"), e.g. a logger's level.
        for (String extra : System.getProperty("load.app.args", "").trim().split("\\s+")) {
            if (!extra.isEmpty()) {
                arguments.add(extra);
            }
        }
        long started = System.nanoTime();
        // A flight recording of the whole run (target/load/app-<db>.jfr: `jfr view hot-methods …` says where the
        // CPU went), written when the app stops.
        List<String> java = AppProcess.java("-Xms1g", "-Xmx1g", "-Dfile.encoding=UTF-8",
                // Deep enough for a request's whole stack, from Tomcat's thread to the database.
                "-XX:FlightRecorderOptions=stackdepth=256",
                "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                        + DIR.resolve("app-" + db + ".jfr").toAbsolutePath());
        Files.deleteIfExists(DIR.resolve("app-" + db + ".log"));
        try (AppProcess app = AppProcess.start("load-" + db, AppProcess.fromJar(java, jar), arguments,
                DIR.resolve("app-" + db + ".log"))) {
            app.awaitReady(Duration.ofMinutes(5));
            print(String.format(Locale.ROOT, "LOAD| %s: ready after %d s (%d generated projects), load average %s",
                    db, (System.nanoTime() - started) / 1_000_000_000L, projects, loadAverage()));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            Api api = new Api(http, app.url());
            long setUp = System.nanoTime();
            List<String> units = api.units(uiUnits + apiUnits);
            assertThat(units).as("units with generated projects").hasSize(uiUnits + apiUnits);
            List<Api.Account> managers;
            List<Api.Account> staff;
            List<Api.Account> pushers;
            try (ExecutorService creating = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Api.Account>> m = new ArrayList<>();
                List<Future<Api.Account>> s = new ArrayList<>();
                List<Future<Api.Account>> p = new ArrayList<>();
                for (int i = 0; i < units.size(); i++) {
                    String unit = units.get(i);
                    String n = String.valueOf(i);
                    if (i < uiUnits) {
                        m.add(creating.submit(() -> api.account("lt-manager-" + n, "MANAGER", unit, 4)));
                        s.add(creating.submit(() -> api.account("lt-staff-" + n, "STAFF", unit, 4)));
                    } else {
                        p.add(creating.submit(() -> api.account("lt-push-" + n, "STAFF", unit, 4)));
                    }
                }
                managers = results(m);
                staff = results(s);
                pushers = results(p);
            }
            print(String.format(Locale.ROOT, "LOAD| %s: %d managers and %d staff for the UI, %d staff for REST, "
                    + "created in %d s", db, managers.size(), staff.size(), pushers.size(),
                    (System.nanoTime() - setUp) / 1_000_000_000L));
            List<Level> done = ui(http, app, api, new Journeys.Data(managers, staff), db);
            Stats rest = rest(api, pushers);
            double rps = rest.count() / (double) apiSeconds;
            api.serverTimes().stream().limit(25).forEach(line -> print("LOAD| server " + line));
            print(String.format(Locale.ROOT, "LOAD| server feed writes made again after a conflict: %.0f",
                    api.counter("perfgoals.feed.conflicts")));
            Level best = done.stream().filter(level -> meets(level.stats())).max(Comparator.comparingInt(Level::users))
                    .orElse(done.getFirst());
            return String.format(Locale.ROOT, "LOAD users=%d p50_ms=%d p95_ms=%d p99_ms=%d errors=%d heap_mb=%d db=%s "
                            + "api_rps=%.0f api_p95_ms=%d", best.users(), best.stats().p50(), best.stats().p95(),
                    best.stats().p99(), best.stats().errors(), best.heapMb(), db, rps, rest.p95());
        }
    }

    /** The heap now, or 0 when the metrics endpoint does not answer in time (a busy app): noted, not fatal. */
    private static long heapMb(Api api) {
        try {
            return api.heapMb();
        } catch (RuntimeException e) {
            print("LOAD|   heap not read: " + e);
            return 0;
        }
    }

    private static <T> List<T> results(List<Future<T>> futures) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static boolean meets(Stats stats) {
        return stats.p95() <= GOAL_P95_MS && stats.errors() == 0;
    }

    /** The levels of virtual users, each new one logging in during the ramp, each level measured after it. */
    private List<Level> ui(HttpClient http, AppProcess app, Api api, Journeys.Data data, String db)
            throws Exception {
        Recorder recorder = new Recorder();
        Journeys.Counts counts = new Journeys.Counts();
        Journeys journeys = new Journeys(http, app.url(), recorder, data, thinkMillis, counts);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Level> done = new ArrayList<>();
        int started = 0;
        ExecutorService users = Executors.newVirtualThreadPerTaskExecutor();
        try {
            for (int level : levels) {
                int adding = level - started;
                recorder.drain();
                int pageErrors = counts.pageErrors.get();
                for (int i = 0; i < adding; i++) {
                    Role role = switch ((started + i) % 10) {
                        case 0, 1, 2, 3 -> Role.LEADER;
                        case 4, 5, 6 -> Role.MANAGER;
                        default -> Role.STAFF;
                    };
                    int index = started + i;
                    users.submit(() -> journeys.run(role, index, running::get));
                    Thread.sleep(rampSeconds * 1000L / Math.max(1, adding));
                }
                started = Math.max(started, level);
                List<Sample> ramp = recorder.drain();
                AtomicLong heap = new AtomicLong();
                long appCpu = cpuMillis(app.process().toHandle());
                long driverCpu = cpuMillis(ProcessHandle.current());
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                while (System.nanoTime() < end) {
                    Thread.sleep(5000);
                    heap.accumulateAndGet(heapMb(api), Math::max);
                }
                List<Sample> measured = recorder.drain();
                appCpu = cpuMillis(app.process().toHandle()) - appCpu;
                driverCpu = cpuMillis(ProcessHandle.current()) - driverCpu;
                // A level's errors: failed requests of its ramp and of its measurement, and broken-off journeys.
                Stats timed = Stats.of(measured);
                Stats stats = new Stats(timed.count(), timed.p50(), timed.p95(), timed.p99(), timed.max(),
                        timed.errors() + (int) ramp.stream().filter(Sample::failed).count()
                                + counts.pageErrors.get() - pageErrors);
                double load = loadAverage();
                done.add(new Level(level, stats, heap.get(), load));
                print(String.format(Locale.ROOT, "LOAD| level %s users=%d requests=%d (%.0f/s) p50_ms=%d p95_ms=%d "
                                + "p99_ms=%d max_ms=%d errors=%d heap_mb=%d load_average=%.2f goal=%s; journeys=%d "
                                + "acknowledged=%d saved=%d refused_saves=%d ui_errors=%d",
                        db, level, stats.count(), stats.count() / (double) seconds, stats.p50(), stats.p95(),
                        stats.p99(), stats.max(), stats.errors(), heap.get(), load, meets(stats) ? "met" : "missed",
                        counts.journeys.get(), counts.acknowledged.get(), counts.saved.get(),
                        counts.refusedSaves.get(), counts.uiErrors.get()));
                print(String.format(Locale.ROOT, "LOAD|   cpu: app %.2f cores, %.1f ms per request; driver %.2f cores",
                        appCpu / 1000.0 / seconds, appCpu / (double) Math.max(1, stats.count()),
                        driverCpu / 1000.0 / seconds));
                Recorder.byKind(ramp).stream().filter(line -> line.startsWith("login"))
                        .forEach(line -> print("LOAD|   ramp  " + line));
                Recorder.byKind(measured).forEach(line -> print("LOAD|   " + line));
                recorder.firstErrors().stream().limit(5).forEach(error -> print("LOAD|   error " + error));
                if (stats.p95() > stopMillis) {
                    print("LOAD| " + db + ": p95 beyond " + stopMillis + " ms (load.stop-ms), no larger level");
                    break;
                }
            }
        } finally {
            // However the levels ended, the virtual users stop: each finishes its step and returns.
            running.set(false);
            users.shutdown();
            if (!users.awaitTermination(thinkMillis * 4 + 120_000, TimeUnit.MILLISECONDS)) {
                users.shutdownNow();
            }
        }
        assertThat(counts.journeys.get()).as("journeys completed").isPositive();
        return done;
    }

    /**
     * {@code load.api.clients} token clients for {@code load.api.seconds} (after 3 s of warm-up), each with the
     * token of one of the pushing staff users, on that user's unit's projects (Q4, a draft in the generated data).
     */
    private Stats rest(Api api, List<Api.Account> pushers) throws InterruptedException {
        Recorder recorder = new Recorder();
        List<String> tokens = new ArrayList<>();
        List<List<Api.Project>> projects = new ArrayList<>();
        for (int i = 0; i < apiClients; i++) {
            Api.Account account = pushers.get(i % pushers.size());
            tokens.add(api.token(account));
            projects.add(account.projects().stream().filter(p -> !p.indicators().isEmpty()).toList());
        }
        for (long seconds : new long[] {3, apiSeconds}) {
            recorder.drain();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < apiClients; i++) {
                    int client = i;
                    clients.submit(() -> api.client(tokens.get(client), projects.get(client), 4, end, recorder));
                }
            }
        }
        List<Sample> samples = recorder.drain();
        Stats stats = Stats.of(samples);
        print(String.format(Locale.ROOT, "LOAD| rest clients=%d requests=%d (%.0f/s) p50_ms=%d p95_ms=%d p99_ms=%d "
                        + "errors=%d load_average=%.2f", apiClients, stats.count(), stats.count() / (double) apiSeconds,
                stats.p50(), stats.p95(), stats.p99(), stats.errors(), loadAverage()));
        Recorder.byKind(samples).forEach(line -> print("LOAD|   " + line));
        recorder.firstErrors().stream().limit(5).forEach(error -> print("LOAD|   error " + error));
        return stats;
    }

    private static Path fresh(String name) throws IOException {
        Path dir = DIR.resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** The one-minute load average of the machine (shared with other work: the figures are noisy). */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void print(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
