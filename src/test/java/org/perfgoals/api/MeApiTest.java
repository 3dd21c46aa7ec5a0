package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every user's own account over HTTP, and the wall in front of everything else while the password must change. */
class MeApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private UserAccounts accounts;

    private HttpResponse<String> call(String method, String path, String user, String password, String body)
            throws Exception {
        return api().send(method, path, user, password, "application/json", body);
    }

    private void create(String username, String password, boolean mustChange) {
        SystemAuthentication.run(() -> accounts.create(new NewUser(username, "显示名", "u@example.org", "上海市人才服务中心",
                Set.of(Role.STAFF)), password, mustChange));
    }

    @Test
    void me_describes_the_caller() throws Exception {
        HttpResponse<String> response = api().call("GET", "/api/v1/me", "manager", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = JSON.readTree(response.body());
        assertThat(me.get("username").asString()).isEqualTo("manager");
        assertThat(me.get("unit").asString()).isEqualTo("上海市人力资源和社会保障局咨询服务中心");
        assertThat(me.get("roles").toString()).isEqualTo("[\"MANAGER\"]");
        assertThat(me.get("mustChangePassword").asBoolean()).isFalse();
        assertThat(me.has("displayName") && me.has("email") && me.has("language")).isTrue();
        assertThat(response.body()).doesNotContain("password\":", "{bcrypt}");
        assertThat(api().send("GET", "/api/v1/me", "manager", "wrong", "application/json", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_refused_change_names_each_field_and_its_rule() throws Exception {
        create("refused", "Initial-Pass-11", false);
        HttpResponse<String> response = call("PUT", "/api/v1/me/password", "refused", "Initial-Pass-11",
                "{\"current\": \"nope\", \"new\": \"woaini1314\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.toString()).contains("\"field\":\"current\"", "\"code\":\"wrong\"",
                "\"field\":\"new\"", "\"code\":\"common\"");
        response = call("PUT", "/api/v1/me/password", "refused", "Initial-Pass-11",
                "{\"current\": \"Initial-Pass-11\", \"new\": \"short\"}");
        assertThat(JSON.readTree(response.body()).get("errors").toString())
                .contains("\"field\":\"new\"", "\"code\":\"tooShort\"", "10");
        response = call("PUT", "/api/v1/me/password", "refused", "Initial-Pass-11",
                "{\"current\": \"Initial-Pass-11\", \"new\": \"my-refused-password\"}");
        assertThat(JSON.readTree(response.body()).get("errors").toString()).contains("containsUsername");
        assertThat(call("PUT", "/api/v1/me/password", "refused", "Initial-Pass-11", "{\"old\": \"x\"}")
                .statusCode()).as("an unknown field").isEqualTo(400);
        assertThat(call("GET", "/api/v1/me", "refused", "Initial-Pass-11", null).statusCode())
                .as("nothing changed").isEqualTo(200);
    }

    @Test
    void a_changed_password_replaces_the_old_one_at_once() throws Exception {
        create("changer", "Initial-Pass-22", false);
        assertThat(call("GET", "/api/v1/me", "changer", "Initial-Pass-22", null).statusCode()).isEqualTo(200);
        HttpResponse<String> response = call("PUT", "/api/v1/me/password", "changer", "Initial-Pass-22",
                "{\"current\": \"Initial-Pass-22\", \"new\": \"Brand-New-Pass-33\"}");
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/me", "changer", "Initial-Pass-22", null).statusCode())
                .as("the cached old credential is gone").isEqualTo(401);
        assertThat(call("GET", "/api/v1/me", "changer", "Brand-New-Pass-33", null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_user_who_must_change_the_password_reaches_only_me_and_the_change() throws Exception {
        create("fresh", "One-Time-Pass-44", true);
        HttpResponse<String> refused = call("GET", "/api/v1/projects", "fresh", "One-Time-Pass-44", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("error").asString()).isEqualTo("passwordChangeRequired");
        assertThat(problem.get("type").asString()).isEqualTo("https://perfgoals.org/problems/password-change-required");
        assertThat(call("POST", "/api/v1/alerts/1/acknowledge", "fresh", "One-Time-Pass-44", "{}").statusCode())
                .isEqualTo(403);
        assertThat(call("GET", "/api/v1/no-such-thing", "fresh", "One-Time-Pass-44", null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> me = call("GET", "/api/v1/me", "fresh", "One-Time-Pass-44", null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("mustChangePassword").asBoolean()).isTrue();
        assertThat(call("PUT", "/api/v1/me/password", "fresh", "One-Time-Pass-44",
                "{\"current\": \"One-Time-Pass-44\", \"new\": \"My-Own-Pass-55\"}").statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/projects", "fresh", "My-Own-Pass-55", null).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(call("GET", "/api/v1/me", "fresh", "My-Own-Pass-55", null).body())
                .get("mustChangePassword").asBoolean()).isFalse();
    }
}
