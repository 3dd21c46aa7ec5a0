package org.perfgoals.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedFile;
import org.perfgoals.cluster.Cluster.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The crash test: a node killed with SIGKILL in the middle of an import of many files and of quarter saves, then
 * started again on the same database. Nothing is half-stored: the import is there whole or not at all (and can be
 * sent again), every save that was answered 200 is there with its history, and the database opens cleanly (the node
 * migrates, does its start-up work and turns ready). On the embedded H2 file database always; on PostgreSQL too when
 * {@code PERFGOALS_TEST_POSTGRES_URL} names a server. Prints {@code CRASH db=… import=… saves_acknowledged=…}.
 */
class CrashIT {

    private static final Logger LOG = LoggerFactory.getLogger(CrashIT.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final String YEAR_QUARTER = "/2019/3";
    private static final int FILES = Integer.getInteger("crash.files", 200);
    private static final int YEAR = 2031;
    /** How long after the import was sent the node is killed: it is still reading or storing the batch then. */
    private static final long KILL_AFTER_MS = Long.getLong("crash.kill-after-ms", 2500);

    @Test
    void a_node_killed_during_an_import_and_saves_leaves_nothing_half_stored_on_h2() throws Exception {
        Path folder = Cluster.DIR.resolve("crash-h2").toAbsolutePath();
        deleteTree(folder);
        Files.createDirectories(folder);
        String url = "jdbc:h2:file:" + folder.resolve("perfgoals") + ";AUTO_SERVER=TRUE";
        crashAndRestart("h2", url, "sa", "");
        // The file opens on its own too, without the node: no recovery left undone, every table readable.
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("perfgoals"), "sa", "");
             Statement sql = db.createStatement()) {
            for (String table : List.of("project", "indicator", "period_report", "actual_value", "value_change")) {
                assertThat(single(sql, "select count(*) from " + table)).as(table).isNotNegative();
            }
        }
    }

    @Test
    void a_node_killed_during_an_import_and_saves_leaves_nothing_half_stored_on_postgresql() throws Exception {
        String server = System.getenv("PERFGOALS_TEST_POSTGRES_URL");
        assumeTrue(server != null && !server.isBlank(),
                "crash test on PostgreSQL skipped: no server given (bash .ci/postgres.sh start, source target/pg/env)");
        crashAndRestart("postgres", Cluster.freshDatabase(server, "crash_" + ProcessHandle.current().pid()),
                "perfgoals", "");
    }

    private static void crashAndRestart(String db, String url, String user, String password) throws Exception {
        Files.deleteIfExists(Cluster.DIR.resolve("node-crash-" + db + ".log"));
        Node node = Cluster.launch("crash-" + db, url, user, password);
        Node again = null;
        try {
            Cluster.awaitReady(node, Duration.ofMinutes(8));
            long projectsBefore = projects(url, user, password);
            byte[] batch = batch();
            Saves saves = new Saves(node.url());
            saves.start();
            saves.awaitFirstAcknowledgements(Duration.ofSeconds(60));
            CompletableFuture<Integer> imported = CompletableFuture.supplyAsync(() -> importBatch(node.url(), batch));
            Thread.sleep(KILL_AFTER_MS);
            boolean answered = imported.isDone();
            Cluster.killNode(node);
            saves.stop();
            int importStatus = imported.handle((status, failure) -> failure == null ? status : -1).get();

            again = Cluster.launch("crash-" + db, url, user, password);
            Cluster.awaitReady(again, Duration.ofMinutes(8));
            long stored = projects(url, user, password) - projectsBefore;
            String outcome = stored == 0 ? "none" : stored == FILES * 5L ? "all" : "PART";
            LOG.info("CRASH db={} import={} import_answered_before_kill={} import_status={} files={}"
                    + " saves_acknowledged={} saves_failed={}", db, outcome, answered, importStatus, FILES,
                    saves.acknowledgedCount(), saves.failed());
            assertThat(stored).as("the import is stored whole or not at all").isIn(0L, FILES * 5L);
            if (importStatus == 200) {
                assertThat(stored).as("an import answered 200 is stored").isEqualTo(FILES * 5L);
            }
            if (stored == 0) {
                assertThat(importBatch(again.url(), batch)).as("the import sent again").isEqualTo(200);
                assertThat(projects(url, user, password) - projectsBefore).isEqualTo(FILES * 5L);
            }
            saves.check(again.url(), url, user, password);
        } finally {
            node.process().destroyForcibly();
            if (again != null) {
                again.process().destroy();
                if (!again.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    again.process().destroyForcibly();
                }
            }
        }
    }

    /** Writers of quarter values on indicators of their own, rising by one, until the node is gone. */
    private static final class Saves {
        private final String node;
        private final Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
        private final Map<Long, Set<String>> everyAcknowledged = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService writers = Executors.newFixedThreadPool(3);
        private final List<Future<?>> tasks = new ArrayList<>();
        private final AtomicInteger failed = new AtomicInteger();
        private List<Long> indicators;
        private Map<Long, Integer> before = Map.of();

        Saves(String node) {
            this.node = node;
        }

        void start() throws Exception {
            indicators = ClusterIT.writableQuantitative(node, ClusterIT.hotline(node)).subList(0, 3);
            before = values(node);
            for (long indicator : indicators) {
                tasks.add(writers.submit(() -> {
                    for (int value = 1; running.get() && value < 100_000; value++) {
                        try {
                            HttpResponse<String> response = ClusterIT.call(node, "PUT", "/api/v1/indicators/"
                                    + indicator + "/actuals" + YEAR_QUARTER, "{\"value\": " + value + "}");
                            if (response.statusCode() == 200) {
                                acknowledged.put(indicator, value);
                                everyAcknowledged.computeIfAbsent(indicator, id -> ConcurrentHashMap.newKeySet())
                                        .add(String.valueOf(value));
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (IOException lostWithTheNode) {
                            failed.incrementAndGet();
                            return null;
                        }
                        Thread.sleep(10);
                    }
                    return null;
                }));
            }
        }

        /** Until every writer had a save acknowledged, so that the kill finds acknowledged saves to lose. */
        void awaitFirstAcknowledgements(Duration limit) throws InterruptedException {
            long end = System.nanoTime() + limit.toNanos();
            while (acknowledged.size() < indicators.size() && System.nanoTime() < end) {
                Thread.sleep(50);
            }
        }

        /** The Q3 values of the hotline's indicators as the node serves them. */
        private static Map<Long, Integer> values(String node) throws Exception {
            JsonNode sheet = ClusterIT.json(ClusterIT.call(node, "GET", "/api/v1/projects/"
                    + ClusterIT.hotline(node) + "/monitoring" + YEAR_QUARTER, null));
            Map<Long, Integer> values = new HashMap<>();
            sheet.path("rows").forEach(row -> values.put(row.path("indicatorId").asLong(),
                    row.path("actual").path("value").asInt(-1)));
            return values;
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> writer : tasks) {
                writer.get();
            }
            writers.shutdown();
        }

        int acknowledgedCount() {
            return everyAcknowledged.values().stream().mapToInt(Set::size).sum();
        }

        int failed() {
            return failed.get();
        }

        /**
         * Each indicator holds its last acknowledged value, or the next one (stored, its answer lost with the node);
         * one without an acknowledged save holds its value from before the writers or their first value.
         */
        void check(String restarted, String url, String user, String password) throws Exception {
            assertThat(acknowledgedCount()).as("saves were acknowledged before the kill").isPositive();
            Map<Long, Integer> stored = values(restarted);
            try (Connection db = DriverManager.getConnection(url, user, password)) {
                for (long indicator : indicators) {
                    Integer last = acknowledged.get(indicator);
                    if (last == null) {
                        assertThat(stored.get(indicator)).as("indicator " + indicator + ", nothing acknowledged")
                                .isIn(before.get(indicator), 1);
                        continue;
                    }
                    assertThat(stored.get(indicator)).as("indicator " + indicator + ", last acknowledged " + last)
                            .isBetween(last, last + 1);
                    assertThat(ClusterIT.history(db, indicator)).as("every acknowledged value in the history")
                            .containsAll(everyAcknowledged.getOrDefault(indicator, Set.of()));
                }
            }
        }
    }

    /** {@link #FILES} text files in a zip, each with the seed's five forms for {@link #YEAR} under new names. */
    private static byte[] batch() throws IOException {
        String seed = SeedFile.text().replace("2019", String.valueOf(YEAR));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int file = 0; file < FILES; file++) {
                zip.putNextEntry(new ZipEntry("forms-" + file + ".txt"));
                String forms = seed.replace("\n项目名称\t", "\n项目名称\t崩溃" + file + "-");
                zip.write(forms.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static int importBatch(String node, byte[] batch) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(node + "/api/v1/imports"))
                    .timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/zip")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(batch)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException lostWithTheNode) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long projects(String url, String user, String password) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            return single(sql, "select count(*) from project where project_year = " + YEAR);
        }
    }

    private static long single(Statement sql, String query) throws Exception {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
