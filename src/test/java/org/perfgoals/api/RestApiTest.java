package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.perfgoals.SeedFile;
import org.perfgoals.SeedProjects;
import org.perfgoals.project.ProjectRepository;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP with Basic auth, against the demo data. */
class RestApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    private ProjectRepository projects;

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] seed(String year) {
        return SeedFile.forYear(Integer.parseInt(year));
    }

    private static JsonNode byName(JsonNode array, String name) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> node.path("name").asString().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void every_endpoint_refuses_anonymous_calls() throws Exception {
        assertThat(get("/api/v1/projects", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/projects/1", null).statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/imports", null, seed("2040")).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/projects", "staff:wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void projects_are_listed_with_every_field() throws Exception {
        HttpResponse<String> response = get("/api/v1/projects?year=2019", "leader");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(response.body());
        assertThat(list.size()).isEqualTo(5);
        JsonNode hotline = byName(list, SeedProjects.HOTLINE);
        assertThat(hotline.path("year").asInt()).isEqualTo(2019);
        assertThat(hotline.path("department").asString()).isEqualTo("上海市人力资源和社会保障局咨询服务中心");
        assertThat(hotline.path("projectType").asString()).isEqualTo("经常性专项业务费");
        assertThat(hotline.path("fundUse").asString()).isEqualTo("其他事业专业类");
        assertThat(hotline.path("startDate").asString()).isEqualTo("2019-01-01");
        assertThat(hotline.path("currentYearBudget").decimalValue()).isEqualByComparingTo("71387200");
        assertThat(hotline.path("previousYearExecuted").decimalValue()).isEqualByComparingTo("33513600");
        assertThat(hotline.path("budgetItems").size()).isEqualTo(6);
        assertThat(hotline.path("indicators").size()).isEqualTo(17);
        JsonNode social = byName(list, SeedProjects.SOCIAL_INSURANCE);
        assertThat(social.path("fundUse").isNull()).isTrue();
        assertThat(social.path("warnings").toString()).contains("budget.sum.mismatch");
    }

    @Test
    void one_project_carries_typed_targets() throws Exception {
        JsonNode list = JSON.readTree(get("/api/v1/projects?q=" + SeedProjects.HOTLINE_Q, "leader").body());
        long id = list.get(0).path("id").asLong();
        HttpResponse<String> response = get("/api/v1/projects/" + id, "leader");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode indicators = JSON.readTree(response.body()).path("indicators");
        JsonNode connection = byName(indicators, "综合接通率").path("target");
        assertThat(connection.path("kind").asString()).isEqualTo("QUANTITATIVE");
        assertThat(connection.path("comparator").asString()).isEqualTo("GE");
        assertThat(connection.path("value").decimalValue()).isEqualByComparingTo("80");
        assertThat(connection.path("unit").asString()).isEqualTo("%");
        JsonNode fault = byName(indicators, "二级故障").path("target");
        assertThat(fault.path("kind").asString()).isEqualTo("COMPOUND");
        assertThat(fault.path("parts").get(1).path("value").decimalValue()).isEqualByComparingTo("180");
        assertThat(fault.path("parts").get(1).path("unit").asString()).isEqualTo("分钟");
        assertThat(byName(indicators, "公众满意度").path("level1").asString()).isEqualTo("影响力目标");
        assertThat(get("/api/v1/projects/987654", "leader").statusCode()).isEqualTo(404);
    }

    @Test
    void staff_may_not_import() throws Exception {
        assertThat(post("/api/v1/imports", "staff", seed("2041")).statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/imports", "leader", seed("2041")).statusCode()).isEqualTo(403);
    }

    @Test
    void a_dry_run_reports_without_storing() throws Exception {
        long before = projects.count();
        HttpResponse<String> response = post("/api/v1/imports?dryRun=true", "admin", seed("2042"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("projects").size()).isEqualTo(5);
        assertThat(body.path("errors").size()).isZero();
        assertThat(body.path("warnings").toString()).contains("18,372,647");
        assertThat(projects.count()).isEqualTo(before);
    }

    @Test
    void an_import_stores_and_a_second_one_is_a_conflict_unless_replacing() throws Exception {
        long before = projects.count();
        HttpResponse<String> first = post("/api/v1/imports", "admin", seed("2043"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).path("projects").get(0).path("id").asLong()).isPositive();
        assertThat(projects.count()).isEqualTo(before + 5);

        HttpResponse<String> again = post("/api/v1/imports", "admin", seed("2043"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains(SeedProjects.HOTLINE);
        assertThat(projects.count()).isEqualTo(before + 5);

        HttpResponse<String> replaced = post("/api/v1/imports?replace=true", "admin", seed("2043"));
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(projects.count()).isEqualTo(before + 5);
    }

    @Test
    void a_bad_file_is_refused_with_its_errors_and_stores_nothing() throws Exception {
        long before = projects.count();
        String broken = new String(seed("2044"), StandardCharsets.UTF_8).replace("71387200", "七千万");
        HttpResponse<String> response = post("/api/v1/imports", "admin", broken.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).path("errors");
        assertThat(errors.size()).isPositive();
        assertThat(errors.get(0).path("message").asString()).isNotBlank();
        assertThat(errors.get(0).path("formNumber").asInt()).isEqualTo(1);
        assertThat(projects.count()).as("the four good forms are not stored either").isEqualTo(before);

        assertThat(post("/api/v1/imports", "manager", new byte[0]).statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/imports", "manager", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3})
                .statusCode()).isEqualTo(400);
        assertThat(projects.count()).isEqualTo(before);
    }
}
