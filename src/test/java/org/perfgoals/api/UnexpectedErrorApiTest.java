package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An unexpected failure behind the API answers 500 with a problem detail (issue 9), not a misleading 403 from the UI's
 * chain.
 */
@Import(UnexpectedErrorApiTest.Failing.class)
class UnexpectedErrorApiTest extends ApiTest {

    /** An endpoint that fails the way a bug would. */
    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/api/v1/test/failure")
        String fail() {
            throw new IllegalStateException("a bug");
        }

        /** A failure told to the container, not thrown: it is rendered by /error. */
        @GetMapping("/api/v1/test/unavailable")
        void unavailable(HttpServletResponse response) throws IOException {
            response.sendError(503, "a bug");
        }
    }

    @Test
    void a_bug_is_a_500_with_a_body() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/test/failure"))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("leader:demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("500").doesNotContain("a bug");
    }

    @Test
    void a_bug_is_an_internal_error_problem_that_tells_nothing_of_its_cause() throws Exception {
        HttpResponse<String> response = api().call("GET", "/api/v1/test/failure", "leader", null, "en");
        assertInternalErrorProblem(response, 500, "/api/v1/test/failure");
        assertThat(response.body()).doesNotContain("IllegalStateException");
    }

    @Test
    void a_failure_rendered_by_the_error_page_is_a_problem_too() throws Exception {
        HttpResponse<String> response = api().call("GET", "/api/v1/test/unavailable", "leader", null, "en");
        assertInternalErrorProblem(response, 503, "/api/v1/test/unavailable");
    }

    private static void assertInternalErrorProblem(HttpResponse<String> response, int status, String path) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.path("type").asString()).isEqualTo("https://perfgoals.org/problems/internal-error");
        assertThat(body.path("title").asString()).isEqualTo("Internal server error");
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("detail").asString()).startsWith("An unexpected error occurred on the server");
        assertThat(body.path("instance").asString()).isEqualTo(path);
        assertThat(response.body()).doesNotContain("a bug");
    }
}
