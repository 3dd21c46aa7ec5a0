package org.perfgoals.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST side: set-up calls with HTTP Basic (an API token, the staff's projects and indicators, the heap and
 * request metrics for the report), and the token-authenticated client loop of the REST load.
 */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A project with the indicators whose actual can be written (quantitative, not derived). */
    record Project(long id, int year, List<Long> indicators) {
    }

    /** A login of the load test: a manager or staff of one unit, and that unit's projects. */
    record Account(String username, String password, String unit, List<Project> projects) {
    }

    /** The password the load test gives the users it creates (the policy: 10 characters, not the name). */
    static final String PASSWORD = "Lt-7qXw#2vR9-load";

    private final HttpClient http;
    private final String base;

    Api(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    static String basic(String user) {
        return basic(user, "demo");
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The units with generated projects, by name, as many as asked for (most projects first): each gets users of
     * the load test, so that writes spread over units as they would in production.
     */
    List<String> units(int count) {
        List<JsonNode> units = new ArrayList<>();
        call(basic("admin"), "GET", "/api/v1/units", null).forEach(units::add);
        return units.stream().filter(unit -> unit.path("projects").asInt() > 0 && unit.path("users").asInt() == 0)
                .sorted(java.util.Comparator.comparingInt((JsonNode unit) -> -unit.path("projects").asInt()))
                .limit(count).map(unit -> unit.path("name").asString()).toList();
    }

    /**
     * A user of {@code role} in {@code unit}, created by the admin ({@code POST /api/v1/users}) with the password
     * changed from the one-time one ({@code PUT /api/v1/me/password}), as a new user does at the first login; with
     * the unit's projects of {@code quarter}'s writable indicators.
     */
    Account account(String username, String role, String unit, int quarter) {
        JsonNode created = call(basic("admin"), "POST", "/api/v1/users", JSON.createObjectNode()
                .put("username", username).put("displayName", username).put("email", username + "@load.example")
                .put("unit", unit).set("roles", JSON.createArrayNode().add(role)).toString());
        String initial = created.path("initialPassword").asString();
        call(basic(username, initial), "PUT", "/api/v1/me/password", JSON.createObjectNode().put("current", initial)
                .put("new", PASSWORD).toString());
        return new Account(username, PASSWORD, unit, projects(basic(username, PASSWORD), unit, quarter));
    }

    /** An API token ({@code POST /api/v1/me/tokens}), as a system pushing actuals has one. */
    String token(Account account) {
        JsonNode created = call(basic(account.username(), account.password()), "POST", "/api/v1/me/tokens",
                "{\"name\": \"load test\", \"expiresInDays\": 1}");
        return "Bearer " + created.path("token").asString();
    }

    /** The unit's projects, each with the indicators whose actual of {@code quarter} can be written. */
    List<Project> projects(String authorization, String unit, int quarter) {
        List<Project> projects = new ArrayList<>();
        for (JsonNode project : call(authorization, "GET", "/api/v1/projects?size=100", null)) {
            if (!unit.equals(project.path("department").asString())) {
                continue;
            }
            long id = project.path("id").asLong();
            int year = project.path("year").asInt();
            List<Long> indicators = new ArrayList<>();
            JsonNode sheet = call(authorization, "GET", "/api/v1/projects/" + id + "/monitoring/" + year + "/"
                    + quarter, null);
            for (JsonNode row : sheet.path("rows")) {
                if (!row.path("derived").asBoolean()
                        && row.path("target").path("kind").asString().equals("QUANTITATIVE")
                        && row.path("actual").path("parts").isEmpty()) {
                    indicators.add(row.path("indicatorId").asLong());
                }
            }
            projects.add(new Project(id, year, indicators));
        }
        return projects;
    }

    JsonNode call(String authorization, String method, String path, String body) {
        HttpResponse<String> response = send(authorization, method, path, body);
        // The set-up's users and tokens are made at once; a 503 says when to come back, as a real client would.
        for (int retry = 0; retry < 3 && response.statusCode() == 503; retry++) {
            pause(response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
            response = send(authorization, method, path, body);
        }
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static void pause(long seconds) {
        try {
            Thread.sleep(Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    HttpResponse<String> send(String authorization, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Heap in use now, MB ({@code jvm.memory.used}, area heap). */
    long heapMb() {
        JsonNode metric = call(basic("admin"), "GET", "/actuator/metrics/jvm.memory.used?tag=area:heap", null);
        return Math.round(metric.path("measurements").get(0).path("value").asDouble() / 1024 / 1024);
    }

    /** A counter of the app's, e.g. {@code perfgoals.feed.conflicts}; 0 before its first increment. */
    double counter(String name) {
        HttpResponse<String> response = send(basic("admin"), "GET", "/actuator/metrics/" + name, null);
        return response.statusCode() == 404 ? 0
                : JSON.readTree(response.body()).path("measurements").get(0).path("value").asDouble();
    }

    /** The server's own view: {@code http.server.requests} per URI, count, mean and max, slowest first. */
    List<String> serverTimes() {
        JsonNode all = call(basic("admin"), "GET", "/actuator/metrics/http.server.requests", null);
        List<String> lines = new ArrayList<>();
        for (JsonNode tag : all.path("availableTags")) {
            if (!tag.path("tag").asString().equals("uri")) {
                continue;
            }
            for (JsonNode uri : tag.path("values")) {
                JsonNode metric = call(basic("admin"), "GET", "/actuator/metrics/http.server.requests?tag=uri:"
                        + java.net.URLEncoder.encode(uri.asString(), StandardCharsets.UTF_8), null);
                double count = 0;
                double total = 0;
                double max = 0;
                for (JsonNode measurement : metric.path("measurements")) {
                    switch (measurement.path("statistic").asString()) {
                        case "COUNT" -> count = measurement.path("value").asDouble();
                        case "TOTAL_TIME" -> total = measurement.path("value").asDouble();
                        case "MAX" -> max = measurement.path("value").asDouble();
                        default -> {
                        }
                    }
                }
                if (count > 0) {
                    lines.add(String.format(java.util.Locale.ROOT, "%-60s n=%-7.0f mean_ms=%-7.1f max_ms=%.0f",
                            uri.asString(), count, total * 1000 / count, max * 1000));
                }
            }
        }
        return lines;
    }

    /**
     * One REST client: reads (a project, a quarter's monitoring, a page of alerts) and writes (an indicator's
     * actual of {@code quarter}), three reads to a write, one request after the other, until {@code end}.
     */
    void client(String token, List<Project> projects, int quarter, long end, Recorder recorder) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < end) {
            Project project = projects.get(random.nextInt(projects.size()));
            int pick = random.nextInt(4);
            String kind;
            String method = "GET";
            String path;
            String body = null;
            switch (pick) {
                case 0 -> {
                    kind = "api.project";
                    path = "/api/v1/projects/" + project.id();
                }
                case 1 -> {
                    kind = "api.monitoring";
                    path = "/api/v1/projects/" + project.id() + "/monitoring/" + project.year() + "/" + quarter;
                }
                case 2 -> {
                    kind = "api.alerts";
                    path = "/api/v1/alerts?active=true&page=" + random.nextInt(3) + "&size=50";
                }
                default -> {
                    kind = "api.actual";
                    method = "PUT";
                    long indicator = project.indicators().get(random.nextInt(project.indicators().size()));
                    path = "/api/v1/indicators/" + indicator + "/actuals/" + project.year() + "/" + quarter;
                    body = "{\"value\": " + random.nextInt(50, 100) + "}";
                }
            }
            long start = System.nanoTime();
            boolean failed;
            try {
                HttpResponse<String> response = send(token, method, path, body);
                failed = response.statusCode() >= 300;
                if (failed) {
                    recorder.error(kind + " " + response.statusCode() + " " + abbreviate(response.body()));
                }
            } catch (IllegalStateException e) {
                failed = true;
                recorder.error(kind + " " + e.getMessage());
            }
            recorder.record(kind, System.nanoTime() - start, failed);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
