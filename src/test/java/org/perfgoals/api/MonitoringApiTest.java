package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.perfgoals.SeedProjects;
import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The monitoring and alert API over real HTTP, against the demo data. */
class MonitoringApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        return api().call(method, path, user, body);
    }

    private JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private long projectId(String query) throws Exception {
        return json(call("GET", "/api/v1/projects?q=" + query, "admin", null)).get(0).path("id").asLong();
    }

    private JsonNode row(JsonNode sheet, String name) {
        return StreamSupport.stream(sheet.path("rows").spliterator(), false)
                .filter(row -> row.path("name").asString().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_quarter_reads_with_project_status_execution_rate_time_progress_and_rows() throws Exception {
        long hotline = projectId(SeedProjects.HOTLINE_Q);
        HttpResponse<String> response = call("GET", "/api/v1/projects/" + hotline + "/monitoring/2019/2", "leader",
                null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode sheet = json(response);
        assertThat(sheet.path("projectStatus").asString()).isEqualTo("RED");
        assertThat(sheet.path("timeProgress").decimalValue()).isEqualByComparingTo("50");
        assertThat(sheet.path("executionRate").decimalValue()).isEqualByComparingTo("48.5");
        JsonNode connection = row(sheet, "综合接通率");
        assertThat(connection.path("status").asString()).isEqualTo("RED");
        assertThat(connection.path("actual").path("value").decimalValue()).isEqualByComparingTo("76.5");
        assertThat(connection.path("target").path("comparator").asString()).isEqualTo("GE");
        assertThat(row(sheet, "预算执行率").path("derived").asBoolean()).isTrue();
        assertThat(call("GET", "/api/v1/projects/" + hotline + "/monitoring/2019/5", "leader", null).statusCode())
                .isEqualTo(400);
    }

    @Test
    void a_feed_stores_a_red_value_without_its_explanation_and_the_row_says_so() throws Exception {
        long hotline = projectId(SeedProjects.HOTLINE_Q);
        JsonNode sheet = json(call("GET", "/api/v1/projects/" + hotline + "/monitoring/2019/4", "staff", null));
        long connection = row(sheet, "综合接通率").path("indicatorId").asLong();
        HttpResponse<String> response = call("PUT", "/api/v1/indicators/" + connection + "/actuals/2019/4", "staff",
                "{\"value\": \"70%\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("status").asString()).isEqualTo("RED");
        assertThat(json(response).path("explanationMissing").asBoolean()).isTrue();

        HttpResponse<String> explained = call("PUT", "/api/v1/indicators/" + connection + "/actuals/2019/4",
                "staff", "{\"value\": 70, \"deviationCause\": \"STAFF\", \"measures\": \"增补人员\","
                        + " \"likelihood\": \"POSSIBLE\"}");
        assertThat(json(explained).path("explanationMissing").asBoolean()).isFalse();
        assertThat(json(explained).path("likelihood").asString()).isEqualTo("POSSIBLE");
    }

    @Test
    void invalid_input_is_refused_with_field_errors_and_nothing_is_stored() throws Exception {
        long hotline = projectId(SeedProjects.HOTLINE_Q);
        JsonNode sheet = json(call("GET", "/api/v1/projects/" + hotline + "/monitoring/2019/4", "staff", null));
        long satisfaction = row(sheet, "综合满意度").path("indicatorId").asLong();
        HttpResponse<String> letters = call("PUT", "/api/v1/indicators/" + satisfaction + "/actuals/2019/4",
                "staff", "{\"value\": \"9a8\"}");
        assertThat(letters.statusCode()).isEqualTo(400);
        JsonNode error = json(letters).path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("indicator:" + satisfaction + ".value");
        assertThat(error.path("message").asString()).contains("9a8");
        HttpResponse<String> tooHigh = call("PUT", "/api/v1/indicators/" + satisfaction + "/actuals/2019/4",
                "staff", "{\"value\": 250}");
        assertThat(tooHigh.statusCode()).isEqualTo(400);
        assertThat(call("PUT", "/api/v1/indicators/" + satisfaction + "/actuals/2019/4", "staff",
                "{\"value\": 95, \"likelihood\": \"MAYBE\"}").statusCode()).isEqualTo(400);
        JsonNode after = json(call("GET", "/api/v1/projects/" + hotline + "/monitoring/2019/4", "staff", null));
        assertThat(row(after, "综合满意度").path("actual").path("value").isNull()).isTrue();
    }

    @Test
    void a_compound_target_takes_one_value_per_part() throws Exception {
        long hotline = projectId(SeedProjects.HOTLINE_Q);
        JsonNode sheet = json(call("GET", "/api/v1/projects/" + hotline + "/monitoring/2019/4", "manager", null));
        long fault = row(sheet, "三级故障").path("indicatorId").asLong();
        HttpResponse<String> response = call("PUT", "/api/v1/indicators/" + fault + "/actuals/2019/4", "manager",
                "{\"parts\": {\"响应时间\": 12, \"故障处理时间\": \"1,500\"}}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("status").asString()).as("1500 > 1440 minutes").isEqualTo("RED");
    }

    @Test
    void only_the_units_own_people_may_write() throws Exception {
        long social = projectId(SeedProjects.SOCIAL_INSURANCE);
        JsonNode sheet = json(call("GET", "/api/v1/projects/" + social + "/monitoring/2019/4", "admin", null));
        long indicator = sheet.path("rows").get(0).path("indicatorId").asLong();
        assertThat(call("PUT", "/api/v1/indicators/" + indicator + "/actuals/2019/4", "staff",
                "{\"assessment\": \"MET\"}").statusCode()).as("another unit's indicator is missing").isEqualTo(404);
        assertThat(call("PUT", "/api/v1/indicators/" + indicator + "/actuals/2019/4", "leader",
                "{\"assessment\": \"MET\"}").statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/api/v1/indicators/" + indicator + "/actuals/2019/4", "admin",
                "{\"assessment\": \"MET\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void budget_execution_is_written_per_sub_item_and_summed() throws Exception {
        long hotline = projectId(SeedProjects.HOTLINE_Q);
        JsonNode sheet = json(call("GET", "/api/v1/projects/" + hotline + "/monitoring/2019/4", "staff", null));
        JsonNode item = sheet.path("budgetItems").get(2);
        long id = item.path("budgetItemId").asLong();
        HttpResponse<String> response = call("PUT", "/api/v1/budget-items/" + id + "/execution/2019/4", "staff",
                "{\"amount\": 500000}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode written = json(response);
        assertThat(written.path("spentInPeriod").decimalValue()).isEqualByComparingTo("500000");
        assertThat(written.path("spentSoFar").decimalValue())
                .isEqualByComparingTo(item.path("spentSoFar").decimalValue().add(new java.math.BigDecimal("500000")));
        assertThat(call("PUT", "/api/v1/budget-items/" + id + "/execution/2019/4", "staff",
                "{\"amount\": -5}").statusCode()).isEqualTo(400);
    }

    @Test
    void alerts_are_listed_acknowledged_and_resolved() throws Exception {
        long hotline = projectId(SeedProjects.HOTLINE_Q);
        HttpResponse<String> list = call("GET", "/api/v1/alerts?projectId=" + hotline + "&type=TARGET_MISSED&quarter=2",
                "manager", null);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode alert = StreamSupport.stream(json(list).spliterator(), false)
                .filter(a -> "综合接通率".equals(a.path("subject").asString())).findFirst().orElseThrow();
        assertThat(alert.path("status").asString()).isEqualTo("OPEN");
        assertThat(alert.path("message").asString()).contains("综合接通率").contains("76.5");
        assertThat(alert.path("quarter").asInt()).isEqualTo(2);
        long id = alert.path("id").asLong();
        assertThat(call("POST", "/api/v1/alerts/" + id + "/acknowledge", "leader", "{\"comment\": \"x\"}")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> acknowledged = call("POST", "/api/v1/alerts/" + id + "/acknowledge", "manager",
                "{\"comment\": \"已知悉\"}");
        assertThat(json(acknowledged).path("status").asString()).isEqualTo("ACKNOWLEDGED");
        HttpResponse<String> resolved = call("POST", "/api/v1/alerts/" + id + "/resolve", "manager",
                "{\"comment\": \"已整改\"}");
        assertThat(json(resolved).path("status").asString()).isEqualTo("RESOLVED");
        assertThat(json(resolved).path("events").size()).isEqualTo(3);
        assertThat(call("POST", "/api/v1/alerts/" + id + "/resolve", "manager", "{}").statusCode()).isEqualTo(409);
    }

    @Test
    void a_manager_sets_custom_weights_over_the_api_and_bad_points_store_nothing() throws Exception {
        long hotline = projectId(SeedProjects.HOTLINE_Q);
        HttpResponse<String> before = call("GET", "/api/v1/projects/" + hotline + "/weights", "leader", null);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(json(before).path("scheme").asString()).isEqualTo("equal");
        java.util.List<String> level1s = new java.util.ArrayList<>(json(before).path("level1Points").propertyNames());
        assertThat(level1s).hasSize(4);
        String body = "{\"scheme\": \"custom\", \"level1Points\": {\"" + level1s.get(0) + "\": 40, \"" + level1s.get(1)
                + "\": \"30\", \"" + level1s.get(2) + "\": 20, \"" + level1s.get(3) + "\": %s}}";

        assertThat(call("PUT", "/api/v1/projects/" + hotline + "/weights", "leader", body.formatted("10"))
                .statusCode()).as("leaders read").isEqualTo(403);
        HttpResponse<String> sum = call("PUT", "/api/v1/projects/" + hotline + "/weights", "manager",
                body.formatted("20"));
        assertThat(sum.statusCode()).isEqualTo(400);
        assertThat(json(sum).path("errors").get(0).path("code").asString()).isEqualTo("weights.sumNot100");
        assertThat(json(sum).path("errors").get(0).path("message").asString()).contains("110");
        HttpResponse<String> letter = call("PUT", "/api/v1/projects/" + hotline + "/weights", "manager",
                body.formatted("\"1o\""));
        assertThat(letter.statusCode()).isEqualTo(400);
        assertThat(json(letter).path("errors").get(0).path("field").asString()).isEqualTo("weights:" + level1s.get(3));
        assertThat(call("PUT", "/api/v1/projects/" + hotline + "/weights", "manager", "{\"scheme\": \"fair\"}")
                .statusCode()).isEqualTo(400);
        assertThat(json(call("GET", "/api/v1/projects/" + hotline + "/weights", "leader", null)).path("scheme")
                .asString()).as("nothing stored").isEqualTo("equal");

        HttpResponse<String> stored = call("PUT", "/api/v1/projects/" + hotline + "/weights", "manager",
                body.formatted("10"));
        assertThat(stored.statusCode()).isEqualTo(200);
        JsonNode weights = json(stored);
        assertThat(weights.path("scheme").asString()).isEqualTo("custom");
        assertThat(weights.path("level1Points").path(level1s.get(0)).decimalValue()).isEqualByComparingTo("40");
        java.math.BigDecimal total = StreamSupport.stream(weights.path("indicators").spliterator(), false)
                .map(indicator -> indicator.path("weight").decimalValue())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(total).isEqualByComparingTo("100");
        assertThat(call("PUT", "/api/v1/projects/" + hotline + "/weights", "admin", "{\"scheme\": \"equal\"}")
                .statusCode()).isEqualTo(200);
    }
}
