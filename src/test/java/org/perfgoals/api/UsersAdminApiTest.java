package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The users' administration over HTTP: ADMIN only, strict bodies, one-time passwords, disabling at once. */
class UsersAdminApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private UserAccounts accounts;

    private HttpResponse<String> as(String user, String password, String method, String path, String body)
            throws Exception {
        return api().send(method, path, user, password, "application/json", body);
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        return api().call(method, path, "admin", body);
    }

    private JsonNode create(String username) throws Exception {
        HttpResponse<String> response = admin("POST", "/api/v1/users", "{\"username\": \"" + username
                + "\", \"displayName\": \"新用户\", \"email\": \"new@example.org\","
                + " \"unit\": \"上海市人力资源和社会保障局咨询服务中心\", \"roles\": [\"STAFF\"]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    @Test
    void a_created_user_logs_in_with_the_one_time_password_and_must_change_it() throws Exception {
        JsonNode created = create("Li.Ming");
        assertThat(created.get("username").asString()).isEqualTo("li.ming");
        assertThat(created.get("roles").toString()).isEqualTo("[\"STAFF\"]");
        assertThat(created.get("mustChangePassword").asBoolean()).isTrue();
        String password = created.get("initialPassword").asString();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);

        HttpResponse<String> refused = as("li.ming", password, "GET", "/api/v1/projects", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("error").asString()).isEqualTo("passwordChangeRequired");
        assertThat(as("li.ming", password, "PUT", "/api/v1/me/password",
                "{\"current\": \"" + password + "\", \"new\": \"Li-Mings-Own-Pass-1\"}").statusCode()).isEqualTo(204);
        assertThat(as("li.ming", "Li-Mings-Own-Pass-1", "GET", "/api/v1/projects", null).statusCode())
                .isEqualTo(200);

        HttpResponse<String> listed = admin("GET", "/api/v1/users/" + created.get("id").asLong(), null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain("initialPassword", "Password\":\"", "{bcrypt}");
    }

    @Test
    void a_taken_name_is_a_conflict() throws Exception {
        create("taken");
        HttpResponse<String> response = admin("POST", "/api/v1/users",
                "{\"username\": \"TAKEN\", \"displayName\": \"x\", \"roles\": [\"STAFF\"]}");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).get("type").asString())
                .isEqualTo("https://perfgoals.org/problems/user-exists");
        assertThat(admin("POST", "/api/v1/users",
                "{\"username\": \"manager\", \"displayName\": \"x\", \"roles\": [\"STAFF\"]}").statusCode())
                .isEqualTo(409);
    }

    @Test
    void only_an_admin_administers_users_and_a_refused_caller_stores_nothing() throws Exception {
        String body = "{\"username\": \"sneaky\", \"displayName\": \"x\", \"roles\": [\"ADMIN\"]}";
        for (String user : new String[] {"manager", "leader", "staff"}) {
            assertThat(api().call("POST", "/api/v1/users", user, body).statusCode()).as(user).isEqualTo(403);
            assertThat(api().call("POST", "/api/v1/users", user, "{\"nonsense\": 1}").statusCode())
                    .as(user + ": the role is decided before the body").isEqualTo(403);
            assertThat(api().call("GET", "/api/v1/users", user, null).statusCode()).as(user).isEqualTo(403);
            assertThat(api().call("PATCH", "/api/v1/users/1", user, "{\"enabled\": false}").statusCode())
                    .as(user).isEqualTo(403);
            assertThat(api().call("POST", "/api/v1/users/1/password-reset", user, null).statusCode())
                    .as(user).isEqualTo(403);
        }
        assertThat(accounts.exists("sneaky")).isFalse();
        assertThat(admin("DELETE", "/api/v1/users/1", null).statusCode()).as("never deleted").isEqualTo(405);
    }

    @Test
    void a_bad_body_names_the_field() throws Exception {
        assertField("{\"username\": \"ab\", \"displayName\": \"x\", \"roles\": [\"STAFF\"]}", "username", "username");
        assertField("{\"username\": \"has space\", \"displayName\": \"x\", \"roles\": [\"STAFF\"]}", "username",
                "username");
        assertField("{\"username\": \"" + "a".repeat(51) + "\", \"displayName\": \"x\", \"roles\": [\"STAFF\"]}",
                "username", "username");
        assertField("{\"username\": \"okname\", \"displayName\": \"x\", \"email\": \"no-at\","
                + " \"roles\": [\"STAFF\"]}", "email", "email");
        assertField("{\"username\": \"okname\", \"displayName\": \"x\", \"roles\": [\"KING\"]}", "roles",
                "unknownRole");
        assertField("{\"username\": \"okname\", \"displayName\": \"x\", \"roles\": []}", "roles", "required");
        assertField("{\"username\": \"okname\", \"displayName\": \"x\", \"roles\": \"STAFF\"}", "roles",
                "wrongType.array");
        assertField("{\"username\": 12, \"displayName\": \"x\", \"roles\": [\"STAFF\"]}", "username",
                "wrongType.text");
        assertField("{\"username\": \"okname\", \"roles\": [\"STAFF\"]}", "displayName", "missingField");
        assertField("{\"username\": \"okname\", \"displayName\": \"" + "长".repeat(201) + "\","
                + " \"roles\": [\"STAFF\"]}", "displayName", "tooLong");
        String staffX = "{\"username\": \"okname\", \"displayName\": \"x\", \"roles\": [\"STAFF\"], ";
        assertField(staffX + "\"unitId\": 999999}", "unitId", "unknownUnitId");
        assertField(staffX + "\"unitId\": \"3\"}", "unitId", "wrongType.id");
        assertField(staffX + "\"unitId\": 3, \"unit\": \"上海市就业促进中心\"}", "unitId", "unitAndUnitId");
        assertField("{\"username\": \"okname\", \"displayName\": \"x\", \"roles\": [\"STAFF\"],"
                + " \"unit\": \"没有的单位\"}", "unit", "unknownUnit");
        HttpResponse<String> unknownRole = admin("POST", "/api/v1/users",
                "{\"username\": \"okname\", \"displayName\": \"x\", \"roles\": [\"KING\"]}");
        assertThat(JSON.readTree(unknownRole.body()).get("errors").get(0).get("message").asString())
                .contains("KING");
        assertThat(accounts.exists("okname")).isFalse();
        long staff = id("staff");
        HttpResponse<String> patch = admin("PATCH", "/api/v1/users/" + staff, "{\"enabled\": \"no\"}");
        assertThat(patch.statusCode()).isEqualTo(400);
        assertThat(patch.body()).contains("\"field\":\"enabled\"", "wrongType.boolean");
        assertThat(admin("PATCH", "/api/v1/users/999999", "{\"enabled\": false}").statusCode()).isEqualTo(404);
        assertThat(admin("POST", "/api/v1/users/999999/password-reset", null).statusCode()).isEqualTo(404);
    }

    private void assertField(String body, String field, String code) throws Exception {
        HttpResponse<String> response = admin("POST", "/api/v1/users", body);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).as(body).isEqualTo(field);
        assertThat(error.get("code").asString()).as(body).isEqualTo(code);
    }

    private long unitId(String name) throws Exception {
        for (JsonNode unit : JSON.readTree(admin("GET", "/api/v1/units", null).body())) {
            if (unit.get("name").asString().equals(name)) {
                return unit.get("id").asLong();
            }
        }
        throw new AssertionError("no unit " + name);
    }

    private long id(String username) {
        return accounts.find(username).orElseThrow().id();
    }

    @Test
    void a_disabled_user_is_refused_at_once_and_an_admin_cannot_disable_themself() throws Exception {
        String password = create("soon.gone").get("initialPassword").asString();
        long id = id("soon.gone");
        assertThat(as("soon.gone", password, "GET", "/api/v1/me", null).statusCode()).isEqualTo(200);
        HttpResponse<String> disabled = admin("PATCH", "/api/v1/users/" + id, "{\"enabled\": false}");
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(disabled.body()).get("enabled").asBoolean()).isFalse();
        assertThat(as("soon.gone", password, "GET", "/api/v1/me", null).statusCode())
                .as("the cached credential is gone").isEqualTo(401);

        HttpResponse<String> self = admin("PATCH", "/api/v1/users/" + id("admin"), "{\"enabled\": false}");
        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(self.body()).get("type").asString())
                .isEqualTo("https://perfgoals.org/problems/self-disable");
        assertThat(api().call("GET", "/api/v1/me", "admin", null).statusCode()).isEqualTo(200);

        HttpResponse<String> roles = admin("PATCH", "/api/v1/users/" + id,
                "{\"enabled\": true, \"roles\": [\"staff\", \"MANAGER\"], \"unit\": \"上海市就业促进中心\"}");
        assertThat(roles.statusCode()).isEqualTo(200);
        JsonNode changed = JSON.readTree(roles.body());
        assertThat(changed.get("roles").toString()).isEqualTo("[\"MANAGER\",\"STAFF\"]");
        assertThat(changed.get("unit").asString()).isEqualTo("上海市就业促进中心");
        assertThat(changed.get("unitId").asLong()).isEqualTo(unitId("上海市就业促进中心"));
        assertThat(changed.get("enabled").asBoolean()).isTrue();
    }

    @Test
    void a_reset_password_replaces_the_old_one_and_must_be_changed() throws Exception {
        String first = create("forgetful").get("initialPassword").asString();
        assertThat(as("forgetful", first, "PUT", "/api/v1/me/password",
                "{\"current\": \"" + first + "\", \"new\": \"Other-Secret-Pass-12\"}").statusCode()).isEqualTo(204);
        assertThat(as("forgetful", "Other-Secret-Pass-12", "GET", "/api/v1/projects", null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> reset = admin("POST", "/api/v1/users/" + id("forgetful") + "/password-reset", null);
        assertThat(reset.statusCode()).isEqualTo(200);
        String oneTime = JSON.readTree(reset.body()).get("oneTimePassword").asString();
        assertThat(oneTime).isNotEqualTo(first).hasSizeGreaterThanOrEqualTo(20);
        assertThat(as("forgetful", "Other-Secret-Pass-12", "GET", "/api/v1/me", null).statusCode()).isEqualTo(401);
        assertThat(as("forgetful", oneTime, "GET", "/api/v1/me", null).statusCode()).isEqualTo(200);
        assertThat(as("forgetful", oneTime, "GET", "/api/v1/projects", null).statusCode()).isEqualTo(403);
    }

    @Test
    void the_list_is_paged_with_the_total_in_a_header() throws Exception {
        HttpResponse<String> all = admin("GET", "/api/v1/users", null);
        assertThat(all.statusCode()).isEqualTo(200);
        long total = Long.parseLong(all.headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(total).isEqualTo(accounts.count()).isGreaterThanOrEqualTo(4);
        HttpResponse<String> page = admin("GET", "/api/v1/users?page=1&size=2", null);
        assertThat(page.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(total));
        JsonNode users = JSON.readTree(page.body());
        assertThat(users.size()).isEqualTo(2);
        assertThat(page.body()).doesNotContain("assword\":\"", "{bcrypt}");
        assertThat(admin("GET", "/api/v1/users?size=0", null).statusCode()).isEqualTo(400);
        assertThat(admin("GET", "/api/v1/users?size=1001", null).statusCode()).isEqualTo(400);
    }
}
