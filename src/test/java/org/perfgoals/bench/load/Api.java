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

    static final String STAFF_UNIT = "上海市人力资源和社会保障局咨询服务中心";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A staff project with the indicators whose actual can be written (not derived). */
    record Project(long id, int year, List<Long> indicators) {
    }

    private final HttpClient http;
    private final String base;

    Api(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    JsonNode call(String authorization, String method, String path, String body) {
        HttpResponse<String> response = send(authorization, method, path, body);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
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

    /** An API token of {@code user} ({@code POST /api/v1/me/tokens}), as a system pushing actuals has one. */
    String token(String user) {
        JsonNode created = call(basic(user), "POST", "/api/v1/me/tokens", "{\"name\": \"load test\", "
                + "\"expiresInDays\": 1}");
        return "Bearer " + created.path("token").asString();
    }

    /** The staff unit's projects, each with its writable indicators. */
    List<Project> staffProjects(String authorization) {
        List<Project> projects = new ArrayList<>();
        for (JsonNode project : call(authorization, "GET", "/api/v1/projects?size=100", null)) {
            if (!STAFF_UNIT.equals(project.path("department").asString())) {
                continue;
            }
            long id = project.path("id").asLong();
            int year = project.path("year").asInt();
            List<Long> indicators = new ArrayList<>();
            JsonNode sheet = call(authorization, "GET", "/api/v1/projects/" + id + "/monitoring/" + year + "/3", null);
            for (JsonNode row : sheet.path("rows")) {
                if (!row.path("derived").asBoolean()
                        && row.path("target").path("kind").asString().equals("QUANTITATIVE")
                        && row.path("actual").path("value").isNumber() && row.path("actual").path("parts").isEmpty()) {
                    indicators.add(row.path("indicatorId").asLong());
                }
            }
            projects.add(new Project(id, year, indicators));
        }
        return projects;
    }

    /** Heap in use now, MB ({@code jvm.memory.used}, area heap). */
    long heapMb() {
        JsonNode metric = call(basic("admin"), "GET", "/actuator/metrics/jvm.memory.used?tag=area:heap", null);
        return Math.round(metric.path("measurements").get(0).path("value").asDouble() / 1024 / 1024);
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
     * actual), three reads to a write, one request after the other, until {@code end}.
     */
    void client(String token, List<Project> projects, long end, Recorder recorder) {
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
                    path = "/api/v1/projects/" + project.id() + "/monitoring/" + project.year() + "/3";
                }
                case 2 -> {
                    kind = "api.alerts";
                    path = "/api/v1/alerts?active=true&page=" + random.nextInt(3) + "&size=50";
                }
                default -> {
                    kind = "api.actual";
                    method = "PUT";
                    long indicator = project.indicators().get(random.nextInt(project.indicators().size()));
                    path = "/api/v1/indicators/" + indicator + "/actuals/" + project.year() + "/3";
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
