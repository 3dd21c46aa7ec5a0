package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.perfgoals.SeedFile;
import org.perfgoals.SeedProjects;

/**
 * A corrected form replaces a project that is being monitored: its values, reports and alerts stay, its rows are
 * judged by the new targets; a form that drops an indicator with values is refused and changes nothing.
 */
class ReplaceMonitoredProjectApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpResponse<String> call(String method, String path, String contentType, String body) throws Exception {
        return api().send(method, path, "admin", "demo", contentType, body);
    }

    private static String seed() {
        return SeedFile.text();
    }

    private JsonNode connectionRateInQ2(long project) throws Exception {
        JsonNode sheet = JSON.readTree(call("GET", "/api/v1/projects/" + project + "/monitoring/2019/2",
                "application/json", null).body());
        return StreamSupport.stream(sheet.path("rows").spliterator(), false)
                .filter(row -> row.path("name").asString().equals("综合接通率")).findFirst().orElseThrow();
    }

    private long hotline() throws Exception {
        return JSON.readTree(call("GET", "/api/v1/projects?q=" + SeedProjects.HOTLINE_Q, "application/json", null)
                .body()).get(0)
                .path("id").asLong();
    }

    @Test
    void a_corrected_form_keeps_the_values_and_judges_them_by_the_new_target() throws Exception {
        long hotline = hotline();
        long projectsBefore = JSON.readTree(call("GET", "/api/v1/projects", "application/json", null).body()).size();
        assertThat(connectionRateInQ2(hotline).path("status").asString()).isEqualTo("RED");

        String corrected = seed().replace("\t数量目标\t综合接通率\t≥80.00%", "\t数量目标\t综合接通率\t≥75.00%");
        HttpResponse<String> replaced = call("POST", "/api/v1/imports?replace=true", "text/plain; charset=UTF-8",
                corrected);
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(hotline()).as("the same project, not a new one").isEqualTo(hotline);
        assertThat(JSON.readTree(call("GET", "/api/v1/projects", "application/json", null).body()).size())
                .isEqualTo(projectsBefore);
        JsonNode row = connectionRateInQ2(hotline);
        assertThat(row.path("actual").path("value").decimalValue()).isEqualByComparingTo("76.5");
        assertThat(row.path("target").path("value").decimalValue()).isEqualByComparingTo("75");
        assertThat(row.path("status").asString()).as("76.5 % against the corrected ≥ 75 %").isEqualTo("GREEN");

        String dropped = corrected.replace("\t数量目标\t综合接通率\t≥75.00%\n", "\n");
        HttpResponse<String> refused = call("POST", "/api/v1/imports?replace=true", "text/plain; charset=UTF-8",
                dropped);
        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode refusal = JSON.readTree(refused.body()).path("refusals").get(0);
        assertThat(refusal.path("name").asString()).isEqualTo("综合接通率");
        assertThat(refusal.path("message").asString()).contains("综合接通率").contains("未作替换");
        assertThat(connectionRateInQ2(hotline).path("target").path("value").decimalValue())
                .as("nothing changed").isEqualByComparingTo("75");
    }
}
