package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/units}: the tree, its changes and their refusals over HTTP. */
class UnitsApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BUREAU = "上海市人力资源和社会保障局";

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        return api().call(method, path, "admin", body);
    }

    private JsonNode units() throws Exception {
        return JSON.readTree(admin("GET", "/api/v1/units", null).body());
    }

    private long id(String name) throws Exception {
        for (JsonNode unit : units()) {
            if (unit.get("name").asString().equals(name)) {
                return unit.get("id").asLong();
            }
        }
        throw new AssertionError("no unit " + name);
    }

    @Test
    void theTreeListsParentsBeforeChildrenWithCounts() throws Exception {
        JsonNode units = units();
        assertThat(units).hasSize(6);
        assertThat(units.get(0).get("name").asString()).isEqualTo(BUREAU);
        assertThat(units.get(0).get("depth").asInt()).isZero();
        assertThat(units.get(1).get("parentName").asString()).isEqualTo(BUREAU);
        assertThat(units.get(1).get("depth").asInt()).isEqualTo(1);
        assertThat(units.get(1).get("projects").asLong()).isEqualTo(1);
    }

    @Test
    void onlyAdminsReadOrChangeUnitsAndTheRoleIsCheckedBeforeTheBody() throws Exception {
        for (String user : new String[] {"manager", "staff", "leader"}) {
            assertThat(api().call("GET", "/api/v1/units", user, null).statusCode()).as(user).isEqualTo(403);
            assertThat(api().call("POST", "/api/v1/units", user, "{not json").statusCode()).as(user)
                    .isEqualTo(403);
        }
        assertThat(api().call("GET", "/api/v1/units", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void createRenameMoveAndMerge() throws Exception {
        long bureau = id(BUREAU);
        HttpResponse<String> created = admin("POST", "/api/v1/units",
                "{\"name\": \"上海市人才服务中心（盖章）分部\", \"parentId\": " + bureau + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode unit = JSON.readTree(created.body());
        assertThat(unit.get("name").asString()).isEqualTo("上海市人才服务中心分部");
        assertThat(unit.get("parentId").asLong()).isEqualTo(bureau);
        long id = unit.get("id").asLong();

        JsonNode moved = JSON.readTree(admin("PATCH", "/api/v1/units/" + id,
                "{\"name\": \"人才服务中心分部\", \"parentId\": null}").body());
        assertThat(moved.get("name").asString()).isEqualTo("人才服务中心分部");
        assertThat(moved.get("parentId").isNull()).isTrue();

        HttpResponse<String> merged = admin("POST", "/api/v1/units/" + id + "/merge",
                "{\"into\": " + id("上海市人才服务中心") + "}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        assertThat(JSON.readTree(merged.body()).get("name").asString()).isEqualTo("上海市人才服务中心");
        assertThat(admin("GET", "/api/v1/units/" + id, null).statusCode()).isEqualTo(404);
        assertThat(units()).hasSize(6);
    }

    @Test
    void refusalsNameWhatIsWrongAndChangeNothing() throws Exception {
        long bureau = id(BUREAU);
        long hotline = id("上海市人力资源和社会保障局咨询服务中心");
        assertProblem(admin("POST", "/api/v1/units", "{\"name\": \"上海市就业促进中心\"}"), 409, "unit-exists");
        assertProblem(admin("PATCH", "/api/v1/units/" + bureau, "{\"parentId\": " + hotline + "}"), 409,
                "unit-cycle");
        assertProblem(admin("POST", "/api/v1/units/" + hotline + "/merge", "{\"into\": " + hotline + "}"), 400,
                "validation");
        assertField(admin("POST", "/api/v1/units", "{\"name\": \"  \"}"), "name", "required");
        assertField(admin("POST", "/api/v1/units", "{\"name\": \"" + "长".repeat(301) + "\"}"), "name", "tooLong");
        assertField(admin("POST", "/api/v1/units", "{\"name\": 7}"), "name", "wrongType.text");
        assertField(admin("POST", "/api/v1/units", "{\"name\": \"x\", \"parentId\": \"1\"}"), "parentId",
                "wrongType.id");
        assertField(admin("POST", "/api/v1/units", "{\"name\": \"x\", \"parentId\": 999999}"), "parentId",
                "unknownParent");
        assertField(admin("POST", "/api/v1/units", "{\"name\": \"x\", \"colour\": \"red\"}"), "colour",
                "unknownField");
        assertThat(admin("PATCH", "/api/v1/units/999999", "{\"name\": \"x\"}").statusCode()).isEqualTo(404);
        assertThat(admin("POST", "/api/v1/units/999999/merge", "{\"into\": 1}").statusCode()).isEqualTo(404);
        assertThat(units()).hasSize(6);
        assertThat(units().get(0).get("parentId").isNull()).isTrue();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("type").asString()).endsWith("/" + type);
    }

    private static void assertField(HttpResponse<String> response, String field, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("code").asString()).isEqualTo(code);
    }
}
