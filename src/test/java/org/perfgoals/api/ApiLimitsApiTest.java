package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.perfgoals.SeedProjects;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Huge bodies and unknown paths (issue 8): bodies over the configured size are a 413 in JSON, with or without a
 * Content-Length; refusals repeat only a short prefix of what was sent; an API path no endpoint serves is a JSON 404.
 */
class ApiLimitsApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Just over perfgoals.api.max-body-bytes (1 MB). */
    private static final int OVER_LIMIT = 1024 * 1024 + 10;

    private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        return api().call(method, path, user, body);
    }

    private long indicator() throws Exception {
        long project = JSON.readTree(call("GET", "/api/v1/projects?q=" + SeedProjects.WORK_PERMITS_Q, "admin", null)
                .body()).get(0).path("id")
                .asLong();
        JsonNode sheet = JSON.readTree(call("GET", "/api/v1/projects/" + project + "/monitoring/2019/4", "admin",
                null).body());
        for (JsonNode row : sheet.path("rows")) {
            if ("QUANTITATIVE".equals(row.path("target").path("kind").asString()) && !row.path("derived").asBoolean()) {
                return row.path("indicatorId").asLong();
            }
        }
        throw new AssertionError("no quantitative indicator");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_body_over_the_limit_with_a_length_is_a_413() throws Exception {
        String body = "{\"value\": 5, \"x\": \"" + "a".repeat(OVER_LIMIT) + "\"}";
        HttpResponse<String> response = call("PUT", "/api/v1/indicators/" + indicator() + "/actuals/2019/4", "admin",
                body);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("error").asString()).contains("1,048,576");
    }

    @Test
    void a_chunked_body_over_the_limit_is_a_413() throws Exception {
        byte[] whitespace = " ".repeat(OVER_LIMIT).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(request("/api/v1/indicators/" + indicator()
                        + "/actuals/2019/4").PUT(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(whitespace))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("error").asString()).isNotBlank();
    }

    @Test
    void a_chunked_body_under_the_limit_is_read() throws Exception {
        byte[] body = "{\"value\": \"9a8\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(request("/api/v1/indicators/" + indicator()
                        + "/actuals/2019/4").PUT(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("9a8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"value\": \"%s\"}", "{\"value\": \"9%s\"}", "{\"value\": 5, \"%s\": 1}",
            "{\"value\": 5, \"measures\": \"%s\"}"})
    void a_refusal_repeats_only_a_short_prefix_of_what_was_sent(String template) throws Exception {
        String huge = "a".repeat(200_000);
        HttpResponse<String> response = call("PUT", "/api/v1/indicators/" + indicator() + "/actuals/2019/4", "admin",
                template.formatted(huge));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body().length()).as(response.body()).isLessThan(600);
        JsonNode error = JSON.readTree(response.body()).path("errors").get(0);
        assertThat(error.path("message").asString().length()).isLessThan(300);
        assertThat(error.path("field").asString().length()).isLessThan(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/v1/nope", "POST /api/v1/nope/deeper", "DELETE /api/nope", "PUT /api/v1/x"})
    void an_unknown_api_path_is_a_json_404(String request) throws Exception {
        String[] parts = request.split(" ");
        HttpResponse<String> response = call(parts[0], parts[1], "leader", parts[0].equals("GET") ? null : "{}");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("error").asString()).contains(parts[1]);
    }

    @ParameterizedTest
    @CsvSource({"DELETE, /api/v1/projects/1, GET", "POST, /api/v1/projects, GET", "GET, /api/v1/imports, POST",
            "PATCH, /api/v1/projects/1/weights, 'GET, PUT'"})
    void a_real_path_asked_with_another_method_is_a_405_naming_the_allowed_ones(String method, String path,
                                                                               String allowed) throws Exception {
        HttpResponse<String> response = call(method, path, "admin", method.equals("GET") ? null : "{}");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow").orElse("")).isEqualTo(allowed);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void real_endpoints_still_answer() throws Exception {
        assertThat(call("GET", "/api/v1/projects", "leader", null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/alerts?size=1", "leader", null).statusCode()).isEqualTo(200);
    }
}
