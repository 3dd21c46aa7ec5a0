package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The actuator as a balancer and an operator meet it: the probes and the overall health answer anyone without
 * details; info, metrics and the Prometheus scrape need an ADMIN (401 without credentials, 403 for other roles).
 */
class ActuatorApiTest extends ApiTest {

    @Test
    void theProbesAnswerAnyoneWithTheirStateOnly() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = api().anonymous("GET", probe, null);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        assertThat(api().anonymous("GET", "/actuator/health", null).body())
                .isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
    }

    @Test
    void anAdminSeesTheHealthOfTheDatabaseAndTheReadinessGroup() throws Exception {
        HttpResponse<String> response = api().call("GET", "/actuator/health/readiness", "admin", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"readinessState\":{\"status\":\"UP\"}").contains("\"db\":{");
    }

    @Test
    void metricsInfoAndThePrometheusScrapeAreForAdminsOnly() throws Exception {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator/metrics"}) {
            assertThat(api().anonymous("GET", path, null).statusCode()).as(path).isEqualTo(401);
            for (String user : new String[] {"leader", "manager", "staff"}) {
                HttpResponse<String> refused = api().call("GET", path, user, null);
                assertThat(refused.statusCode()).as(user + " " + path).isEqualTo(403);
                assertThat(refused.headers().firstValue("Content-Type"))
                        .hasValue("application/problem+json;charset=UTF-8");
            }
            assertThat(api().call("GET", path, "admin", null).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theScrapeHoldsTheRequestLatencies() throws Exception {
        api().call("GET", "/api/v1/projects", "admin", null);
        String scrape = api().call("GET", "/actuator/prometheus", "admin", null).body();
        assertThat(scrape).contains("http_server_requests_seconds_count{").contains("uri=\"/api/v1/projects\"");
    }

    @Test
    void infoNamesTheBuildVersion() throws Exception {
        String info = api().call("GET", "/actuator/info", "admin", null).body();
        assertThat(info).contains("\"build\":{").contains("\"artifact\":\"perfgoals\"");
    }

    @Test
    void aWriteToTheActuatorIsRefusedToOthers() throws Exception {
        assertThat(api().anonymous("POST", "/actuator/health", "{}").statusCode()).isEqualTo(401);
    }

    private double metric(String name) throws Exception {
        String scrape = api().call("GET", "/actuator/prometheus", "admin", null).body();
        return scrape.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void theApplicationsOwnMetricsCountSavesOverviewsAndSessions() throws Exception {
        double saves = metric("perfgoals_quarter_saves_total");
        double overviews = metric("perfgoals_overview_compute_seconds_count");
        api().call("GET", "/api/v1/overview?year=2019&quarter=1&status=GREEN", "leader", null);
        String sheet = api().call("GET", "/api/v1/projects", "staff", null).body();
        long project = tools.jackson.databind.json.JsonMapper.builder().build().readTree(sheet).get(0).path("id")
                .asLong();
        String rows = api().call("GET", "/api/v1/projects/" + project + "/monitoring/2019/4", "staff", null).body();
        var row = tools.jackson.databind.json.JsonMapper.builder().build().readTree(rows).path("budgetItems").get(0);
        HttpResponse<String> saved = api().call("PUT", "/api/v1/budget-items/" + row.path("budgetItemId").asLong()
                + "/execution/2019/4", "staff", "{\"amount\": 1}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        assertThat(metric("perfgoals_quarter_saves_total")).isEqualTo(saves + 1);
        assertThat(metric("perfgoals_overview_compute_seconds_count")).isEqualTo(overviews + 1);
        String scrape = api().call("GET", "/actuator/prometheus", "admin", null).body();
        assertThat(scrape).contains("perfgoals_ui_sessions{").contains("perfgoals_alerts_raised_total{");
        assertThat(scrape).contains("perfgoals_feed_conflicts_total{");
    }
}
