package org.perfgoals.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes, one PostgreSQL, HAProxy with sticky sessions: what must hold when a bureau runs the application on
 * several nodes. Runs when {@code PERFGOALS_TEST_POSTGRES_URL} names a server and {@code haproxy} is installed
 * ({@code .ci/run} provides both); otherwise it is skipped and says why. One scenario, in the order a cluster lives
 * through it, because its last step kills a node.
 */
class ClusterIT {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterIT.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final String YEAR_QUARTER = "/2019/3";

    @Test
    void twoNodesBehindABalancerShareEverythingAndSurviveTheLossOfOne() throws Exception {
        String server = System.getenv("PERFGOALS_TEST_POSTGRES_URL");
        assumeTrue(server != null && !server.isBlank(),
                "cluster test skipped: no PostgreSQL given (bash .ci/postgres.sh start, then source target/pg/env)");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/haproxy")),
                "cluster test skipped: haproxy is not installed (apt-get install haproxy)");
        try (Cluster cluster = Cluster.start(server)) {
            bothNodesStartingAtOnceDidTheStartUpWorkOnce(cluster);
            aSaveOnOneNodeIsInTheOtherNodesOverviewAndAlertsAtOnce(cluster);
            aLockoutOnOneNodeHoldsOnTheOther(cluster);
            aUiSessionWhoseNodeDiedIsSentToTheOtherNodesLogin(cluster);
        }
    }

    private static void bothNodesStartingAtOnceDidTheStartUpWorkOnce(Cluster cluster) throws Exception {
        try (Connection db = cluster.database(); Statement sql = db.createStatement()) {
            assertThat(single(sql, "select count(*) from project")).as("the seed imported once").isEqualTo(5);
            assertThat(single(sql, "select count(*) from app_user")).as("the demo users created once").isEqualTo(4);
            assertThat(single(sql, "select count(*) from alert where alert_type = 'DATA_OVERDUE'"))
                    .as("the overdue check raised its alerts").isPositive();
            assertThat(single(sql, "select count(*) from (select project_id, period_year, period_month from alert"
                    + " where alert_type = 'DATA_OVERDUE' group by project_id, period_year, period_month"
                    + " having count(*) > 1) twice")).as("no DATA_OVERDUE raised twice").isZero();
        }
    }

    private static void aSaveOnOneNodeIsInTheOtherNodesOverviewAndAlertsAtOnce(Cluster cluster) throws Exception {
        String a = cluster.node("a").url();
        String b = cluster.node("b").url();
        long project = hotline(b);
        long indicator = writableQuantitative(b, project).getFirst();
        JsonNode before = json(call(b, "GET", "/api/v1/overview?year=2019&quarter=3", null));
        int redBefore = before.path("tiles").path("red").asInt();
        assertThat(activeAlertFor(b, project, indicator)).as("no alert yet").isFalse();

        HttpResponse<String> saved = call(a, "PUT", "/api/v1/indicators/" + indicator + "/actuals" + YEAR_QUARTER,
                "{\"value\": 0}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(JSON.readTree(saved.body()).path("status").asString()).isEqualTo("RED");

        // The very next read on the other node: no waiting, no polling.
        JsonNode after = json(call(b, "GET", "/api/v1/overview?year=2019&quarter=3", null));
        assertThat(after.path("tiles").path("red").asInt()).as("B's overview counts A's RED value")
                .isEqualTo(redBefore + 1);
        assertThat(activeAlertFor(b, project, indicator)).as("B lists the alert A raised").isTrue();
    }

    private static void aLockoutOnOneNodeHoldsOnTheOther(Cluster cluster) throws Exception {
        String a = cluster.node("a").url();
        String b = cluster.node("b").url();
        assertThat(send(b, "GET", "/api/v1/me", "leader", "demo", null).statusCode()).isEqualTo(200);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(send(a, "GET", "/api/v1/me", "leader", "wrong-" + attempt, null).statusCode()).isEqualTo(401);
        }
        assertThat(send(b, "GET", "/api/v1/me", "leader", "demo", null).statusCode())
                .as("the right password on B while the account is locked on A").isEqualTo(401);
    }

    private static void aUiSessionWhoseNodeDiedIsSentToTheOtherNodesLogin(Cluster cluster) throws Exception {
        String balancer = cluster.balancer();
        HttpClient browser = null;
        for (int tries = 0; tries < 10 && browser == null; tries++) {
            HttpClient candidate = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            candidate.send(HttpRequest.newBuilder(URI.create(balancer + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (cookie(candidate, balancer, "SERVERID").equals("a")) {
                browser = candidate;
            }
        }
        assertThat(browser).as("the balancer pins a session to node a").isNotNull();
        HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(URI.create(balancer + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", balancer)
                .POST(HttpRequest.BodyPublishers.ofString("username=manager&password=demo")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(balancer + "/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).as("signed in on a").isEqualTo(200);

        burstOfWritesWhileNodeADies(cluster);

        HttpResponse<Void> after = browser.send(HttpRequest.newBuilder(URI.create(balancer + "/")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(after.statusCode()).as("sent to log in again, not to an error").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(cookie(browser, balancer, "SERVERID")).as("now pinned to the node that lives").isEqualTo("b");
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(balancer + "/login")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }

    /**
     * Writers through the balancer, each on an indicator of its own with rising values; node a is killed with
     * SIGKILL in the middle. Every write that was answered 200 is stored: each indicator holds its last
     * acknowledged value, or the one after it when a write was stored but its answer was lost with the node.
     */
    private static void burstOfWritesWhileNodeADies(Cluster cluster) throws Exception {
        String b = cluster.node("b").url();
        List<Long> indicators = writableQuantitative(b, hotline(b)).subList(1, 4);
        Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
        Map<Long, java.util.Set<String>> everyAcknowledged = new ConcurrentHashMap<>();
        AtomicInteger afterKill = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(indicators.size());
        List<Future<?>> running = new ArrayList<>();
        for (long indicator : indicators) {
            running.add(writers.submit(() -> {
                for (int value = 1; value <= 99; value++) {
                    try {
                        HttpResponse<String> response = call(cluster.balancer(), "PUT", "/api/v1/indicators/"
                                + indicator + "/actuals" + YEAR_QUARTER, "{\"value\": " + value + "}");
                        if (response.statusCode() != 200) {
                            refused.incrementAndGet();
                        }
                        if (response.statusCode() == 200) {
                            answered.incrementAndGet();
                            acknowledged.put(indicator, value);
                            everyAcknowledged.computeIfAbsent(indicator, id -> ConcurrentHashMap.newKeySet())
                                    .add(String.valueOf(value));
                            if (killed.get()) {
                                afterKill.incrementAndGet();
                            }
                        }
                    } catch (Exception lostWithTheNode) {
                        // Not acknowledged: the client would retry.
                        refused.incrementAndGet();
                    }
                    Thread.sleep(20);
                }
                return null;
            }));
        }
        Thread.sleep(1500);
        cluster.kill(cluster.node("a"));
        killed.set(true);
        for (Future<?> writer : running) {
            writer.get();
        }
        writers.shutdown();
        LOG.info("CLUSTER writes_acknowledged={} writes_failed={} acknowledged_after_kill={}", answered.get(),
                refused.get(), afterKill.get());
        assertThat(afterKill.get()).as("B goes on serving the writes").isPositive();
        JsonNode sheet = json(call(b, "GET", "/api/v1/projects/" + hotline(b) + "/monitoring" + YEAR_QUARTER, null));
        Map<Long, Integer> stored = new HashMap<>();
        sheet.path("rows").forEach(row -> stored.put(row.path("indicatorId").asLong(),
                row.path("actual").path("value").asInt(-1)));
        for (long indicator : indicators) {
            int last = acknowledged.getOrDefault(indicator, 0);
            assertThat(stored.get(indicator)).as("indicator " + indicator + ", last acknowledged " + last)
                    .isBetween(last, last + 1);
            assertThat(last).as("the writes of indicator " + indicator + " end acknowledged").isEqualTo(99);
            assertThat(history(cluster, indicator)).as("every acknowledged value of " + indicator + " in the history")
                    .containsAll(everyAcknowledged.get(indicator));
        }
    }

    /** The numbers the indicator's Q3 history was changed to, as plain decimals. */
    private static java.util.Set<String> history(Cluster cluster, long indicator) throws Exception {
        try (Connection db = cluster.database()) {
            return history(db, indicator);
        }
    }

    /** The same, read over a connection of the caller's. */
    static java.util.Set<String> history(Connection db, long indicator) throws Exception {
        java.util.Set<String> values = new java.util.HashSet<>();
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select new_value from value_change where subject_id = " + indicator
                     + " and period_year = 2019 and period_month = 9")) {
            while (rows.next()) {
                String value = rows.getString(1);
                try {
                    values.add(new java.math.BigDecimal(value.strip()).stripTrailingZeros().toPlainString());
                } catch (RuntimeException notANumber) {
                    // another field of the row (a reason, a measure)
                }
            }
        }
        return values;
    }

    static long hotline(String node) throws Exception {
        JsonNode projects = json(call(node, "GET", "/api/v1/projects?size=10", null));
        return projects.get(0).path("id").asLong();
    }

    /** The manager's indicators that take a plain number and are missed by 0 (a target above zero). */
    static List<Long> writableQuantitative(String node, long project) throws Exception {
        JsonNode sheet = json(call(node, "GET", "/api/v1/projects/" + project + "/monitoring" + YEAR_QUARTER, null));
        List<Long> ids = new ArrayList<>();
        sheet.path("rows").forEach(row -> {
            JsonNode target = row.path("target");
            if (!row.path("derived").asBoolean() && target.path("kind").asString().equals("QUANTITATIVE")
                    && List.of("GE", "GT").contains(target.path("comparator").asString())
                    && target.path("value").asDouble() >= 1) {
                ids.add(row.path("indicatorId").asLong());
            }
        });
        assertThat(ids).as("the seed project has four such indicators").hasSizeGreaterThanOrEqualTo(4);
        return ids;
    }

    private static boolean activeAlertFor(String node, long project, long indicator) throws Exception {
        // TARGET_MISSED: a row on target may already be TARGET_AT_RISK from its year-end forecast.
        JsonNode alerts = json(call(node, "GET", "/api/v1/alerts?active=true&type=TARGET_MISSED&size=1000&projectId="
                + project, null));
        for (JsonNode alert : alerts) {
            if (alert.path("indicatorId").asLong() == indicator && alert.path("quarter").asInt() == 3) {
                return true;
            }
        }
        return false;
    }

    private static String cookie(HttpClient client, String url, String name) {
        return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().get(URI.create(url)).stream()
                .filter(cookie -> cookie.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst()
                .orElse("");
    }

    private static long single(Statement sql, String query) throws Exception {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static HttpResponse<String> call(String base, String method, String path, String body)
            throws Exception {
        return send(base, method, path, "manager", "demo", body);
    }

    static HttpResponse<String> send(String base, String method, String path, String user, String password,
                                             String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
