package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.dashboard.DashboardService;
import org.perfgoals.dashboard.Overview;
import org.perfgoals.dashboard.OverviewFilter;
import org.perfgoals.dashboard.ProjectOverview;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/overview}: the same figures as the overview view computes (read here from the service), a page
 * of its rows, defaults for year and quarter, and a 400 naming the parameter that is wrong.
 */
class OverviewApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNIT = "上海市人力资源和社会保障局咨询服务中心";

    @Autowired
    private DashboardService dashboards;

    private JsonNode get(String user, String query) throws Exception {
        HttpResponse<String> response = api().call("GET", "/api/v1/overview" + query, user, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private Overview computed(OverviewFilter filter) {
        return SystemAuthentication.call(() -> dashboards.overview(filter));
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.decimalValue();
    }

    @Test
    void theTilesAndRowsAreTheViewsFigures() throws Exception {
        Overview expected = computed(new OverviewFilter(2019, 2, null, null));
        JsonNode body = get("leader", "?year=2019&quarter=2");

        assertThat(body.path("year").asInt()).isEqualTo(2019);
        assertThat(body.path("quarter").asInt()).isEqualTo(2);
        JsonNode tiles = body.path("tiles");
        assertThat(tiles.path("projects").asInt()).isEqualTo(expected.tiles().projects());
        assertThat(decimal(tiles.path("budget"))).isEqualByComparingTo(expected.tiles().budget());
        assertThat(decimal(tiles.path("spent"))).isEqualByComparingTo(expected.tiles().spent());
        assertThat(List.of(tiles.path("green").asInt(), tiles.path("yellow").asInt(), tiles.path("red").asInt(),
                tiles.path("noData").asInt(), tiles.path("indicators").asInt()))
                .containsExactly(expected.tiles().green(), expected.tiles().yellow(), expected.tiles().red(),
                        expected.tiles().noData(), expected.tiles().indicators());
        assertThat(body.path("totalProjects").asInt()).isEqualTo(expected.projects().size());
        JsonNode rows = body.path("projects");
        assertThat(rows.size()).isEqualTo(expected.projects().size());
        for (int i = 0; i < rows.size(); i++) {
            ProjectOverview row = expected.projects().get(i);
            JsonNode json = rows.get(i);
            assertThat(List.of(json.path("id").asLong(), json.path("department").asString(),
                    json.path("name").asString(), json.path("status").asString(),
                    json.path("quarterStatus").path("2").asString()))
                    .containsExactly(row.id(), row.unit(), row.name(), row.status().name(),
                            row.quarterStatus().get(2).name());
            assertThat(decimal(json.path("budget"))).isEqualByComparingTo(row.budget());
        }
    }

    @Test
    void aPageOfTheRowsKeepsTheTotal() throws Exception {
        List<ProjectOverview> all = computed(new OverviewFilter(2019, 3, null, null)).projects();
        JsonNode body = get("admin", "?year=2019&quarter=3&page=1&size=2");

        assertThat(body.path("totalProjects").asInt()).isEqualTo(all.size());
        assertThat(body.path("projects").size()).isEqualTo(2);
        assertThat(body.path("projects").get(0).path("id").asLong()).isEqualTo(all.get(2).id());
        assertThat(body.path("projects").get(1).path("id").asLong()).isEqualTo(all.get(3).id());
    }

    @Test
    void withoutYearAndQuarterItIsTheLatestYearsLastBegunQuarter() throws Exception {
        JsonNode body = get("leader", "");
        assertThat(body.path("year").asInt()).as("the seed's year").isEqualTo(2019);
        assertThat(body.path("quarter").asInt()).as("2019 is over").isEqualTo(4);
    }

    @Test
    void aUnitFilterAndAManagersScopeShowOnlyThatUnit() throws Exception {
        JsonNode filtered = get("leader", "?year=2019&quarter=3&department="
                + URLEncoder.encode(UNIT, StandardCharsets.UTF_8));
        assertThat(filtered.path("department").asString()).isEqualTo(UNIT);
        assertThat(filtered.path("totalProjects").asInt()).isEqualTo(1);
        assertThat(filtered.path("projects").get(0).path("department").asString()).isEqualTo(UNIT);

        JsonNode managers = get("manager", "?year=2019&quarter=3");
        assertThat(managers.path("totalProjects").asInt()).isEqualTo(1);
        assertThat(managers.path("tiles").path("projects").asInt()).isEqualTo(1);
        assertThat(managers.path("projects").get(0).path("department").asString()).isEqualTo(UNIT);
    }

    @Test
    void staffAreRefusedAndBadParametersAre400() throws Exception {
        assertThat(api().call("GET", "/api/v1/overview?quarter=9", "staff", null).statusCode())
                .as("who may read is decided first").isEqualTo(403);
        for (String query : List.of("?quarter=5", "?quarter=0", "?size=0", "?size=1001", "?page=-1",
                "?year=abc", "?status=PURPLE", "?year=99999")) {
            HttpResponse<String> response = api().call("GET", "/api/v1/overview" + query, "leader", null);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }
}
