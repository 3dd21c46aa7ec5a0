package org.perfgoals.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.perfgoals.browser.Chromium;
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
    private static final String PUBLIC_URL = "https://perfgoals.example.org";
    private static final String MAIL_MANAGER = "mail.manager";
    private static final String MAIL_MANAGER_2 = "mail.manager2";
    private static final String MAIL_STAFF = "mail.staff";
    private static final String MAIL_STAFF_2 = "mail.staff2";
    /** What the scenario measured, for the CLUSTER line at its end. */
    private static final Map<String, Object> FIGURES = new ConcurrentHashMap<>();

    @Test
    void twoNodesBehindABalancerShareEverythingAndSurviveTheLossOfOne() throws Exception {
        String server = System.getenv("PERFGOALS_TEST_POSTGRES_URL");
        assumeTrue(server != null && !server.isBlank(),
                "cluster test skipped: no PostgreSQL given (bash .ci/postgres.sh start, then source target/pg/env)");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/haproxy")),
                "cluster test skipped: haproxy is not installed (apt-get install haproxy)");
        GreenMail smtp = new GreenMail(new ServerSetup(Cluster.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (SlowSmtp slow = new SlowSmtp(smtp.getSmtp().getPort(), Duration.ofMillis(500));
             Cluster cluster = Cluster.start(server, nodeArguments(slow.port()))) {
            bothNodesStartingAtOnceDidTheStartUpWorkOnce(cluster);
            usersWithAddresses(cluster);
            aSaveOnOneNodeIsInTheOtherNodesOverviewAndAlertsAtOnce(cluster);
            eachNotificationIsMadeAndMailedOnceByTwoNodes(cluster, smtp);
            aBrowserBehindTheBalancerSeesTheOtherNodesChangeByPush(cluster);
            aLockoutOnOneNodeHoldsOnTheOther(cluster);
            aUiSessionWhoseNodeDiedIsSentToTheOtherNodesLogin(cluster);
            LOG.info("CLUSTER writes_acknowledged={} writes_failed={} acknowledged_after_kill={} notifications={}"
                    + " mails={} mails_sent_by_a={} mails_sent_by_b={} push_transport={} websockets_opened={}"
                    + " long_polls={}", FIGURES.get("acknowledged"), FIGURES.get("failed"),
                    FIGURES.get("afterKill"), FIGURES.get("notifications"), FIGURES.get("mails"),
                    FIGURES.get("sentByA"), FIGURES.get("sentByB"), FIGURES.get("transport"),
                    FIGURES.get("websockets"), FIGURES.get("longPolls"));
        } finally {
            smtp.stop();
        }
    }

    /**
     * Both nodes mail through the test's SMTP server (half a second per mail, so that one node's batch outlasts the
     * sender's interval) and run the notification jobs every two seconds (each still behind its ShedLock lock), so
     * that both compete for every scan and every mail.
     */
    private static List<String> nodeArguments(int smtpPort) {
        return List.of(
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.connectiontimeout=2000",
                "--spring.mail.properties.mail.smtp.timeout=2000",
                "--perfgoals.public-url=" + PUBLIC_URL,
                "--perfgoals.notifications.scan-cron=*/2 * * * * *",
                "--perfgoals.notifications.send-cron=*/2 * * * * *");
    }

    /** Two managers and two staff members of the seed project's unit, with e-mail addresses, by the admin API. */
    private static void usersWithAddresses(Cluster cluster) throws Exception {
        String b = cluster.node("b").url();
        String unit = json(call(b, "GET", "/api/v1/projects/" + hotline(b), null)).path("department").asString();
        for (String[] user : List.of(new String[] {MAIL_MANAGER, "MANAGER"}, new String[] {MAIL_MANAGER_2, "MANAGER"},
                new String[] {MAIL_STAFF, "STAFF"}, new String[] {MAIL_STAFF_2, "STAFF"})) {
            HttpResponse<String> created = send(b, "POST", "/api/v1/users", "admin", "demo", JSON.writeValueAsString(
                    Map.of("username", user[0], "displayName", user[0], "email", address(user[0]), "unit", unit,
                            "roles", List.of(user[1]))));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
    }

    private static String address(String username) {
        return username + "@example.org";
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

    /**
     * The RED value saved through node a opened a TARGET_MISSED alert: the unit's managers are told once each, in
     * the app and (the one with an address) by one mail, although both nodes scan and send every two seconds; the
     * staff member's overdue notices likewise. Waits until every mail of the two users with addresses is out, then
     * a few more rounds of both nodes' jobs, in which a second scan or sender would have made a second copy.
     */
    private static void eachNotificationIsMadeAndMailedOnceByTwoNodes(Cluster cluster, GreenMail smtp)
            throws Exception {
        String b = cluster.node("b").url();
        long project = hotline(b);
        long indicator = writableQuantitative(b, project).getFirst();
        long alert = activeAlert(b, project, indicator);
        assertThat(alert).as("the alert of the RED value").isPositive();
        String indicatorName = indicatorName(b, project, indicator);
        String key = "alert:" + alert;
        String mailUsers = "('" + String.join("', '", MAIL_MANAGER, MAIL_MANAGER_2, MAIL_STAFF, MAIL_STAFF_2) + "')";
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        try (Connection db = cluster.database(); Statement sql = db.createStatement()) {
            while (System.nanoTime() < end && !(single(sql, "select count(*) from notification where recipient = '"
                    + MAIL_MANAGER + "' and dedup_key = '" + key + "' and mail_state = 'SENT'") == 1
                    && single(sql, "select count(*) from notification where recipient in " + mailUsers
                    + " and mail_state <> 'SENT' and mail_state <> 'NONE'") == 0)) {
                Thread.sleep(500);
            }
            // Both nodes' jobs run again several times (scan lock 10 s, sender lock 5 s): room for a duplicate.
            Thread.sleep(Duration.ofSeconds(15));

            assertThat(single(sql, "select count(*) from notification where recipient = '" + MAIL_MANAGER
                    + "' and dedup_key = '" + key + "' and event_type = 'TARGET_MISSED' and in_app"
                    + " and mail_state = 'SENT'")).as("the manager with an address: once in the inbox, mailed")
                    .isEqualTo(1);
            assertThat(single(sql, "select count(*) from notification where recipient = 'manager'"
                    + " and dedup_key = '" + key + "' and in_app and mail_state = 'NONE'"))
                    .as("the manager without an address: once in the inbox, no mail").isEqualTo(1);
            assertThat(single(sql, "select count(*) from (select recipient, event_type, project_id, period_year,"
                    + " period_month, subject_name from notification where in_app group by recipient, event_type,"
                    + " project_id, period_year, period_month, subject_name having count(*) > 1) twice"))
                    .as("no occurrence twice in anyone's inbox").isZero();
            long sent = single(sql, "select count(*) from notification where recipient in " + mailUsers
                    + " and mail_state = 'SENT'");
            Map<String, Integer> mails = new HashMap<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                for (jakarta.mail.Address to : message.getAllRecipients()) {
                    mails.merge(to + " | " + message.getSubject(), 1, Integer::sum);
                }
            }
            LOG.info("Mails received: {}", mails);
            assertThat(mails.entrySet().stream().filter(mail -> mail.getKey().startsWith(address(MAIL_MANAGER))
                    && mail.getKey().contains(indicatorName) && mail.getKey().endsWith("未达标")).toList())
                    .as("one mail of the alert to " + address(MAIL_MANAGER)).singleElement()
                    .extracting(Map.Entry::getValue).isEqualTo(1);
            assertThat(mails).as("each mail once (recipient and subject)").allSatisfy((mail, copies) ->
                    assertThat(copies).as(mail).isEqualTo(1));
            assertThat(smtp.getReceivedMessages()).as("one mail per notification sent").hasSize((int) sent);
            FIGURES.put("notifications", single(sql, "select count(*) from notification"));
            FIGURES.put("mails", smtp.getReceivedMessages().length);
        }
        FIGURES.put("sentByA", mailsSent(cluster.log(cluster.node("a"))));
        FIGURES.put("sentByB", mailsSent(cluster.log(cluster.node("b"))));
    }

    /** The mails a node's log says it sent. */
    private static int mailsSent(String log) {
        java.util.regex.Matcher sent = java.util.regex.Pattern.compile("Notification mails: (\\d+) sent").matcher(log);
        int total = 0;
        while (sent.find()) {
            total += Integer.parseInt(sent.group(1));
        }
        return total;
    }

    private static String indicatorName(String node, long project, long indicator) throws Exception {
        JsonNode sheet = json(call(node, "GET", "/api/v1/projects/" + project + "/monitoring" + YEAR_QUARTER, null));
        for (JsonNode row : sheet.path("rows")) {
            if (row.path("indicatorId").asLong() == indicator) {
                return row.path("name").asString();
            }
        }
        throw new AssertionError("no row of indicator " + indicator);
    }

    /**
     * A leader's overview in Chromium through the balancer; a value saved on the other node, straight to its port,
     * reaches the screen by itself over push (the page is not reloaded). Then the page stays idle for longer than
     * the balancer's client and server timeouts, and a second change still arrives. Which transport push used is
     * read from the browser's network log: websocket handshakes (101) and long-polling requests.
     */
    private static void aBrowserBehindTheBalancerSeesTheOtherNodesChangeByPush(Cluster cluster) throws Exception {
        WebDriver browser = Chromium.open(true);
        Network network = new Network();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(cluster.balancer() + "/login");
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-login-form input[name=username]")));
            browser.findElement(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys("leader");
            browser.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys("demo");
            browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
            wait.until(ExpectedConditions.urlContains("/overview"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(INDICATORS_TILE)));
            String pinned = browser.manage().getCookieNamed("SERVERID").getValue();
            String other = pinned.equals("a") ? cluster.node("b").url() : cluster.node("a").url();
            // Push is up once the handshake is through; then mark the page: a reload would lose the mark.
            wait.until(any -> network.read(browser).websockets() + network.longPolls > 0);
            ((JavascriptExecutor) browser).executeScript("window.clusterMark = 'not reloaded';");
            String before = tile(browser);
            assertThat(before).as("the screen shows what the node counts")
                    .contains("未达标 " + redTile(other) + "，");
            screenshot(browser, "cluster-live-before");

            long project = hotline(other);
            long indicator = writableQuantitative(other, project).getFirst();
            int redBefore = redTile(other);
            HttpResponse<String> met = call(other, "PUT", "/api/v1/indicators/" + indicator + "/actuals"
                    + YEAR_QUARTER, "{\"value\": " + meetingValue(other, project, indicator) + "}");
            assertThat(met.statusCode()).as(met.body()).isEqualTo(200);
            assertThat(redTile(other)).as("the other node counts one RED row less").isEqualTo(redBefore - 1);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(any -> !tile(browser).equals(before));
            assertThat(tile(browser)).as("node " + pinned + "'s screen after a save on the other node")
                    .contains("未达标 " + (redBefore - 1) + "，");
            assertThat(((JavascriptExecutor) browser).executeScript("return window.clusterMark;"))
                    .as("changed in place, not reloaded").isEqualTo("not reloaded");
            screenshot(browser, "cluster-live-after");

            // Idle for longer than "timeout client" and "timeout server" (60 s) of the balancer.
            network.read(browser);
            int sentBefore = network.framesSent;
            int receivedBefore = network.framesReceived;
            Thread.sleep(Duration.ofSeconds(70));
            int opened = network.read(browser).opened;
            LOG.info("Push while idle for 70 s: {} websocket frames sent, {} received", network.framesSent - sentBefore,
                    network.framesReceived - receivedBefore);
            String idle = tile(browser);
            HttpResponse<String> missed = call(other, "PUT", "/api/v1/indicators/" + indicator + "/actuals"
                    + YEAR_QUARTER, "{\"value\": 0}");
            assertThat(missed.statusCode()).as(missed.body()).isEqualTo(200);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(any -> !tile(browser).equals(idle));
            assertThat(tile(browser)).as("after 70 s idle the push still arrives")
                    .contains("未达标 " + redBefore + "，");
            network.read(browser);
            LOG.info("Push behind the balancer: pinned to {}, websockets opened {} (before the idle wait {}),"
                    + " closed {}, long-polling requests {}", pinned, network.opened, opened, network.closed,
                    network.longPolls);
            FIGURES.put("transport", network.opened > 0 ? "websocket"
                    : network.longPolls > 0 ? "long-polling" : "none");
            FIGURES.put("websockets", network.opened);
            FIGURES.put("longPolls", network.longPolls);
            assertThat(network.opened).as("push runs over a websocket through the balancer").isPositive();
            assertThat(network.opened).as("the websocket outlives an idle minute (no reconnect)").isEqualTo(opened);
            screenshot(browser, "cluster-live-after-idle");
        } finally {
            browser.quit();
        }
    }

    private static final String INDICATORS_TILE = "[data-tile='indicators']";

    /** The overview's indicator tile: the share on target and the green, yellow, red and no-data counts. */
    private static String tile(WebDriver browser) {
        return browser.findElement(By.cssSelector(INDICATORS_TILE)).getText();
    }

    /** The RED rows of Q3 in the node's overview, as the leader sees them. */
    private static int redTile(String node) throws Exception {
        return json(send(node, "GET", "/api/v1/overview?year=2019&quarter=3", "leader", "demo", null))
                .path("tiles").path("red").asInt();
    }

    /** A value that meets the indicator's target (GE or GT). */
    private static String meetingValue(String node, long project, long indicator) throws Exception {
        JsonNode sheet = json(call(node, "GET", "/api/v1/projects/" + project + "/monitoring" + YEAR_QUARTER, null));
        for (JsonNode row : sheet.path("rows")) {
            if (row.path("indicatorId").asLong() == indicator) {
                java.math.BigDecimal target = row.path("target").path("value").decimalValue();
                return (row.path("target").path("comparator").asString().equals("GT")
                        ? target.add(java.math.BigDecimal.ONE) : target).toPlainString();
            }
        }
        throw new AssertionError("no row of indicator " + indicator);
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * What the browser's DevTools log said about push so far: websocket handshakes answered 101, websockets
     * closed, and requests of Atmosphere's long-polling transport (reading the log clears it, so this adds up).
     */
    private static final class Network {
        int opened;
        int closed;
        int longPolls;
        /** Websocket frames sent and received (heartbeats and push messages). */
        int framesSent;
        int framesReceived;

        Network read(WebDriver browser) {
            for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
                String message = entry.getMessage();
                if (message.contains("Network.webSocketHandshakeResponseReceived")
                        && message.contains("\"status\":101")) {
                    opened++;
                } else if (message.contains("Network.webSocketClosed")) {
                    closed++;
                } else if (message.contains("Network.webSocketFrameSent")) {
                    framesSent++;
                } else if (message.contains("Network.webSocketFrameReceived")) {
                    framesReceived++;
                } else if (message.contains("Network.requestWillBeSent")
                        && message.contains("X-Atmosphere-Transport=long-polling")) {
                    longPolls++;
                }
            }
            return this;
        }

        int websockets() {
            return opened;
        }
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
        FIGURES.put("acknowledged", answered.get());
        FIGURES.put("failed", refused.get());
        FIGURES.put("afterKill", afterKill.get());
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
        return activeAlert(node, project, indicator) > 0;
    }

    /** The id of the indicator's active Q3 TARGET_MISSED alert, 0 if none. */
    private static long activeAlert(String node, long project, long indicator) throws Exception {
        // TARGET_MISSED: a row on target may already be TARGET_AT_RISK from its year-end forecast.
        JsonNode alerts = json(call(node, "GET", "/api/v1/alerts?active=true&type=TARGET_MISSED&size=1000&projectId="
                + project, null));
        for (JsonNode alert : alerts) {
            if (alert.path("indicatorId").asLong() == indicator && alert.path("quarter").asInt() == 3) {
                return alert.path("id").asLong();
            }
        }
        return 0;
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
