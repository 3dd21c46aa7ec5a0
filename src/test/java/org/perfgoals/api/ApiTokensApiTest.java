package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfgoals.MovingClock;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAccounts;
import org.perfgoals.security.user.UserRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API tokens over HTTP: made with a password login, used as {@code Authorization: Bearer}, with the rights of their
 * user as they stand at each request; revoked, expired and a disabled user's tokens get 401, another user's token
 * id reads as unknown. A context of its own, with a clock the test moves on to let tokens expire.
 */
class ApiTokensApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKENS = "/api/v1/me/tokens";

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MovingClock movingClock() {
            return new MovingClock(Instant.now());
        }
    }

    @Autowired
    private MovingClock clock;
    @Autowired
    private UserAccounts accounts;
    @Autowired
    private JdbcTemplate jdbc;

    private HttpResponse<String> basic(String method, String path, String user, String body) throws Exception {
        return api().call(method, path, user, body);
    }

    private HttpResponse<String> bearer(String method, String path, String token, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A new token of {@code user} (demo password), as the 201 answer's JSON. */
    private JsonNode create(String user, String name, int days) throws Exception {
        HttpResponse<String> response = basic("POST", TOKENS, user,
                "{\"name\": \"" + name + "\", \"expiresInDays\": " + days + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    private static void assertUnauthenticated(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(response).get("type").asString()).isEqualTo("https://perfgoals.org/problems/unauthenticated");
    }

    @Test
    void a_token_is_shown_once_works_as_its_user_and_stops_when_revoked() throws Exception {
        JsonNode created = create("manager", "数据推送系统", 30);
        String token = created.get("token").asString();
        assertThat(token).startsWith("pgt_").hasSize(47);
        assertThat(Duration.between(Instant.parse(created.get("createdAt").asString()),
                Instant.parse(created.get("expiresAt").asString()))).isEqualTo(Duration.ofDays(30));

        HttpResponse<String> me = bearer("GET", "/api/v1/me", token, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).get("username").asString()).isEqualTo("manager");
        assertThat(json(me).get("unit").asString()).isEqualTo("上海市人力资源和社会保障局咨询服务中心");
        assertThat(bearer("GET", "/api/v1/projects", token, null).statusCode()).isEqualTo(200);
        assertThat(bearer("GET", "/api/v1/users", token, null).statusCode()).as("a manager's rights only")
                .isEqualTo(403);

        HttpResponse<String> list = basic("GET", TOKENS, "manager", null);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode listed = json(list).get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(created.get("id").asLong());
        assertThat(listed.get("name").asString()).isEqualTo("数据推送系统");
        assertThat(listed.get("lastUsedAt").isNull()).as("used above").isFalse();
        assertThat(listed.get("expired").asBoolean()).isFalse();
        assertThat(list.body()).doesNotContain(token, token.substring(4, 20), "digest", "\"token\"");
        String stored = jdbc.queryForObject("select digest from api_token where id = ?", String.class,
                created.get("id").asLong());
        assertThat(stored).hasSize(64).doesNotContain(token.substring(4));

        assertThat(basic("DELETE", TOKENS + "/" + created.get("id").asLong(), "manager", null).statusCode())
                .isEqualTo(204);
        assertUnauthenticated(bearer("GET", "/api/v1/me", token, null));
        assertThat(basic("DELETE", TOKENS + "/" + created.get("id").asLong(), "manager", null).statusCode())
                .as("revoked already").isEqualTo(404);
        assertThat(json(basic("GET", TOKENS, "manager", null))).isEmpty();
    }

    @Test
    void another_users_token_reads_as_unknown_and_keeps_working() throws Exception {
        JsonNode created = create("staff", "staff feed", 10);
        HttpResponse<String> revoke = basic("DELETE", TOKENS + "/" + created.get("id").asLong(), "manager", null);
        assertThat(revoke.statusCode()).isEqualTo(404);
        assertThat(json(revoke).get("type").asString()).isEqualTo("https://perfgoals.org/problems/not-found");
        assertThat(basic("DELETE", TOKENS + "/999999", "manager", null).statusCode()).isEqualTo(404);
        assertThat(json(basic("GET", TOKENS, "manager", null)).toString()).doesNotContain("staff feed");
        assertThat(bearer("GET", "/api/v1/me", created.get("token").asString(), null).statusCode()).isEqualTo(200);
        assertThat(basic("DELETE", TOKENS + "/abc", "manager", null).statusCode()).isEqualTo(400);
    }

    @Test
    void an_expired_token_gets_401_and_is_listed_as_expired() throws Exception {
        JsonNode created = create("leader", "short", 1);
        String token = created.get("token").asString();
        assertThat(bearer("GET", "/api/v1/projects", token, null).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertUnauthenticated(bearer("GET", "/api/v1/projects", token, null));
        JsonNode listed = json(basic("GET", TOKENS, "leader", null)).get(0);
        assertThat(listed.get("expired").asBoolean()).isTrue();
        clock.advance(Duration.ofDays(31));
        assertThat(json(basic("GET", TOKENS, "leader", null)).toString()).as("left out a month later")
                .doesNotContain("short");
    }

    @Test
    void anything_but_a_usable_token_is_401_and_basic_auth_goes_on() throws Exception {
        assertUnauthenticated(bearer("GET", "/api/v1/me", "pgt_" + "A".repeat(43), null));
        assertUnauthenticated(bearer("GET", "/api/v1/me", "not-a-token", null));
        assertUnauthenticated(bearer("GET", "/api/v1/me", "", null));
        assertThat(json(bearer("GET", "/api/v1/me", "x", null)).get("detail").asString()).contains("令牌");
        assertThat(basic("GET", "/api/v1/me", "staff", null).statusCode()).isEqualTo(200);
    }

    @Test
    void bodies_are_checked_and_each_refusal_names_its_field() throws Exception {
        assertField(basic("POST", TOKENS, "staff", "{\"expiresInDays\": 30}"), 400, "name", "required");
        assertField(basic("POST", TOKENS, "staff", "{\"name\": \"  \", \"expiresInDays\": 30}"), 400, "name",
                "required");
        assertField(basic("POST", TOKENS, "staff", "{\"name\": \"" + "x".repeat(101) + "\", \"expiresInDays\": 30}"),
                400, "name", "tooLong");
        assertField(basic("POST", TOKENS, "staff", "{\"name\": \"feed\"}"), 400, "expiresInDays", "required");
        assertField(basic("POST", TOKENS, "staff", "{\"name\": \"feed\", \"expiresInDays\": 0}"), 400,
                "expiresInDays", "range");
        assertField(basic("POST", TOKENS, "staff", "{\"name\": \"feed\", \"expiresInDays\": 366}"), 400,
                "expiresInDays", "range");
        assertField(basic("POST", TOKENS, "staff", "{\"name\": \"feed\", \"expiresInDays\": \"30\"}"), 400,
                "expiresInDays", "wrongType.integer");
        assertField(basic("POST", TOKENS, "staff", "{\"name\": \"feed\", \"expiresInDays\": 30.5}"), 400,
                "expiresInDays", "wrongType.integer");
        assertField(basic("POST", TOKENS, "staff", "{\"name\": \"feed\", \"expiresInDays\": 99999999999999999999999}"),
                400, "expiresInDays", "numberTooLarge");
        assertField(basic("POST", TOKENS, "staff", "{\"name\": 5, \"expiresInDays\": 30}"), 400, "name",
                "wrongType.text");
        assertField(basic("POST", TOKENS, "staff", "{\"name\": \"feed\", \"expiresInDays\": 30, \"scope\": \"x\"}"),
                400, "scope", "unknownField");
        assertField(basic("POST", TOKENS, "staff", "{\"name\": "), 400, "body", "malformed");
        HttpResponse<String> english = api().call("POST", TOKENS, "staff", "{\"name\": \"feed\", \"expiresInDays\": 0}",
                "en");
        assertThat(json(english).get("errors").get(0).get("message").asString()).isEqualTo(
                "A whole number of days from 1 to 365.");
        assertThat(json(basic("GET", TOKENS, "staff", null))).as("nothing stored").isEmpty();
    }

    private static void assertField(HttpResponse<String> response, int status, String field, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("code").asString()).isEqualTo(code);
    }

    @Test
    void a_user_holds_at_most_twenty_usable_tokens() throws Exception {
        for (int i = 0; i < 20; i++) {
            create("admin", "feed " + i, 5);
        }
        HttpResponse<String> refused = basic("POST", TOKENS, "admin", "{\"name\": \"one more\", \"expiresInDays\": 5}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("type").asString()).isEqualTo("https://perfgoals.org/problems/token-limit");
        long first = json(basic("GET", TOKENS, "admin", null)).get(0).get("id").asLong();
        assertThat(basic("DELETE", TOKENS + "/" + first, "admin", null).statusCode()).isEqualTo(204);
        create("admin", "one more", 5);
    }

    @Test
    void a_token_cannot_make_tokens_but_may_list_and_revoke() throws Exception {
        JsonNode created = create("staff", "feed", 30);
        String token = created.get("token").asString();
        HttpResponse<String> refused = bearer("POST", TOKENS, token, "{\"name\": ");
        assertThat(refused.statusCode()).as("refused before the malformed body is read").isEqualTo(403);
        assertThat(bearer("GET", TOKENS, token, null).statusCode()).isEqualTo(200);
        assertThat(bearer("DELETE", TOKENS + "/" + created.get("id").asLong(), token, null).statusCode())
                .isEqualTo(204);
        assertUnauthenticated(bearer("GET", TOKENS, token, null));
    }

    @Test
    void a_disable_stops_the_tokens_a_reset_revokes_them_and_a_required_change_is_403() throws Exception {
        UserRecord feeder = SystemAuthentication.call(() -> accounts.create(new NewUser("feeder", "推送", null,
                "上海市人力资源和社会保障局咨询服务中心", Set.of(Role.STAFF)), "Feeder-Pass-123", false));
        HttpResponse<String> made = api().send("POST", TOKENS, "feeder", "Feeder-Pass-123", "application/json",
                "{\"name\": \"feed\", \"expiresInDays\": 30}");
        assertThat(made.statusCode()).isEqualTo(201);
        String token = json(made).get("token").asString();
        assertThat(bearer("GET", "/api/v1/projects", token, null).statusCode()).isEqualTo(200);

        jdbc.update("update app_user set must_change_password = true where username = 'feeder'");
        HttpResponse<String> gated = bearer("GET", "/api/v1/projects", token, null);
        assertThat(gated.statusCode()).isEqualTo(403);
        assertThat(json(gated).get("error").asString()).isEqualTo("passwordChangeRequired");
        assertThat(bearer("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(200);
        jdbc.update("update app_user set must_change_password = false where username = 'feeder'");

        String user = "/api/v1/users/" + feeder.id();
        assertThat(basic("PATCH", user, "admin", "{\"enabled\": false}").statusCode()).isEqualTo(200);
        assertUnauthenticated(bearer("GET", "/api/v1/projects", token, null));
        assertThat(basic("PATCH", user, "admin", "{\"enabled\": true}").statusCode()).isEqualTo(200);
        assertThat(bearer("GET", "/api/v1/projects", token, null).statusCode()).as("enabled again")
                .isEqualTo(200);

        assertThat(basic("PATCH", user, "admin", "{\"roles\": [\"LEADER\"]}").statusCode()).isEqualTo(200);
        assertThat(json(bearer("GET", "/api/v1/me", token, null)).get("roles").toString())
                .as("the user's rights now").isEqualTo("[\"LEADER\"]");

        assertThat(basic("POST", user + "/password-reset", "admin", null).statusCode()).isEqualTo(200);
        assertUnauthenticated(bearer("GET", "/api/v1/me", token, null));
        assertThat(jdbc.queryForObject("select count(*) from api_token where user_id = ? and revoked_at is null",
                Long.class, feeder.id())).isZero();
    }
}
