package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedFile;
import org.perfgoals.SeedProjects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of REST error is an RFC 9457 problem detail: {@code application/problem+json} with type, translated
 * title, status, translated detail and instance, plus the members clients read before ({@code errors}, {@code error},
 * {@code duplicates}, {@code maxBytes} …). The 500 is in {@link UnexpectedErrorApiTest}.
 */
class ProblemDetailsApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPES = "https://perfgoals.org/problems/";

    /** The problem's standard members, checked for every kind; returns the body for the kind's own members. */
    private static JsonNode problem(HttpResponse<String> response, int status, String type, String title) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("type").asString()).isEqualTo(type.startsWith("about:") ? type : TYPES + type);
        assertThat(body.path("title").asString()).isEqualTo(title);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("detail").asString()).isNotBlank().doesNotStartWith("!");
        return body;
    }

    private long indicator(String name) throws Exception {
        JsonNode projects = JSON.readTree(
                api().call("GET", "/api/v1/projects?q=" + SeedProjects.HOTLINE_Q, "admin", null).body());
        JsonNode sheet = JSON.readTree(api().call("GET", "/api/v1/projects/" + projects.get(0).path("id").asLong()
                + "/monitoring/2019/4", "staff", null).body());
        return StreamSupport.stream(sheet.path("rows").spliterator(), false)
                .filter(row -> row.path("name").asString().equals(name)).findFirst().orElseThrow()
                .path("indicatorId").asLong();
    }

    @Test
    void a_refused_value_is_a_validation_problem_with_its_field_errors() throws Exception {
        long satisfaction = indicator("综合满意度");
        String path = "/api/v1/indicators/" + satisfaction + "/actuals/2019/4";
        JsonNode body = problem(api().call("PUT", path, "staff", "{\"value\": \"9a8\"}"), 400, "validation",
                "输入不符合要求");
        assertThat(body.path("detail").asString()).contains("1 个字段");
        assertThat(body.path("instance").asString()).isEqualTo(path);
        JsonNode error = body.path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("indicator:" + satisfaction + ".value");
        assertThat(error.path("code").asString()).isNotBlank();
        assertThat(error.path("message").asString()).contains("9a8");
    }

    @Test
    void a_malformed_body_is_an_invalid_body_problem_naming_the_body() throws Exception {
        long satisfaction = indicator("综合满意度");
        JsonNode body = problem(api().call("PUT", "/api/v1/indicators/" + satisfaction + "/actuals/2019/4", "staff",
                "{\"value\": ", "en"), 400, "invalid-body", "Unreadable request body");
        assertThat(body.path("detail").asString()).isEqualTo("The request was refused: 1 field(s) are not valid, "
                + "see errors.");
        assertThat(body.path("errors").get(0).path("field").asString()).isEqualTo("body");
        assertThat(body.path("errors").get(0).path("code").asString()).isEqualTo("malformed");
        assertThat(body.path("errors").get(0).path("message").asString())
                .isEqualTo("The request body is not valid JSON.");
    }

    @Test
    void a_path_variable_of_the_wrong_type_is_a_bad_request_problem_naming_it() throws Exception {
        JsonNode body = problem(api().call("GET", "/api/v1/projects/abc", "leader", null, "en"), 400, "bad-request",
                "Invalid request parameter");
        assertThat(body.path("errors").get(0).path("field").asString()).isEqualTo("id");
        assertThat(body.path("errors").get(0).path("message").asString())
                .isEqualTo("The parameter \"id\" has the wrong type or value.");
    }

    @Test
    void wrong_credentials_are_an_unauthenticated_problem() throws Exception {
        JsonNode body = problem(api().send("GET", "/api/v1/projects", "leader", "wrong", "application/json", null),
                401, "unauthenticated", "需要登录");
        assertThat(body.path("error").asString()).isEqualTo(body.path("detail").asString()).contains("HTTP Basic");
        assertThat(body.path("instance").asString()).isEqualTo("/api/v1/projects");
    }

    @Test
    void a_leader_writing_an_actual_gets_a_forbidden_problem() throws Exception {
        long satisfaction = indicator("综合满意度");
        JsonNode body = problem(api().call("PUT", "/api/v1/indicators/" + satisfaction + "/actuals/2019/4",
                "leader", "{\"value\": 95}", "en"), 403, "forbidden", "Not allowed");
        assertThat(body.path("detail").asString()).isEqualTo("Your role or unit may not do this.");
        assertThat(body.path("error").asString()).isEqualTo(body.path("detail").asString());
    }

    @Test
    void an_unknown_id_is_a_not_found_problem_naming_it_in_the_callers_language() throws Exception {
        JsonNode chinese = problem(api().call("GET", "/api/v1/projects/987654", "leader", null), 404, "not-found",
                "未找到");
        assertThat(chinese.path("detail").asString()).isEqualTo("没有编号为 987654 的项目。");
        JsonNode english = problem(api().call("GET", "/api/v1/alerts/987654", "leader", null, "en-US,en;q=0.9"),
                404, "not-found", "Not found");
        assertThat(english.path("detail").asString()).isEqualTo("There is no alert 987654.");
        assertThat(english.path("error").asString()).isEqualTo("There is no alert 987654.");
        assertThat(english.path("instance").asString()).isEqualTo("/api/v1/alerts/987654");
    }

    @Test
    void an_unknown_path_is_an_unknown_path_problem() throws Exception {
        JsonNode body = problem(api().call("DELETE", "/api/v1/nope", "leader", null, "en"), 404, "unknown-path",
                "No such endpoint");
        assertThat(body.path("detail").asString()).isEqualTo("There is no such API endpoint: DELETE /api/v1/nope");
        assertThat(body.path("error").asString()).isEqualTo(body.path("detail").asString());
    }

    @Test
    void importing_existing_projects_is_a_duplicate_project_problem_listing_them() throws Exception {
        String seed = new String(SeedFile.forYear(2019), StandardCharsets.UTF_8);
        JsonNode body = problem(api().send("POST", "/api/v1/imports", "admin", "demo", "text/plain; charset=UTF-8",
                seed), 409, "duplicate-project", "项目已存在");
        assertThat(body.path("duplicates")).hasSize(5);
        assertThat(body.path("duplicates").get(0).path("year").asInt()).isEqualTo(2019);
        assertThat(body.path("error").asString()).isEqualTo(body.path("detail").asString())
                .contains(SeedProjects.HOTLINE);
    }

    @Test
    void a_body_over_the_limit_is_a_too_large_problem_with_the_limit() throws Exception {
        long satisfaction = indicator("综合满意度");
        String huge = "{\"value\": \"" + "1".repeat(1_100_000) + "\"}";
        JsonNode body = problem(api().call("PUT", "/api/v1/indicators/" + satisfaction + "/actuals/2019/4", "staff",
                huge, "en"), 413, "too-large", "Request body too large");
        assertThat(body.path("maxBytes").asLong()).isEqualTo(1_048_576);
        assertThat(body.path("detail").asString()).isEqualTo("The request body is too large: at most 1,048,576 bytes.");
        assertThat(body.path("error").asString()).isEqualTo(body.path("detail").asString());
    }

    @Test
    void a_file_with_errors_is_an_import_invalid_problem_with_the_import_result() throws Exception {
        JsonNode body = problem(api().send("POST", "/api/v1/imports?dryRun=true", "admin", "demo",
                "text/plain; charset=UTF-8", "这不是申报表"), 400, "import-invalid", "申报表有误，未导入");
        assertThat(body.path("errors").size()).isPositive();
        assertThat(body.path("detail").asString()).contains(body.path("errors").size() + " 处错误");
        assertThat(body.path("errors").get(0).path("code").asString()).isNotBlank();
        assertThat(body.path("errors").get(0).path("message").asString()).isNotBlank().doesNotStartWith("!");
        assertThat(body.path("projects").isArray()).isTrue();
        assertThat(body.path("warnings").isArray()).isTrue();
    }
}
