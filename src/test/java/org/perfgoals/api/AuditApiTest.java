package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/audit}: admins read the log filtered and paged, every other role is refused before a parameter
 * is read, a parameter that cannot be read is a 400 naming it; logins, failed logins and lockouts over HTTP are in
 * the log with the client's address.
 */
class AuditApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private Clock clock;

    private JsonNode audit(String query) throws Exception {
        HttpResponse<String> response = api().call("GET", "/api/v1/audit?" + query, "admin", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void an_admin_reads_the_log_newest_first_with_paging() throws Exception {
        JsonNode all = audit("size=2");
        assertThat(all.get("page").asInt()).isZero();
        assertThat(all.get("size").asInt()).isEqualTo(2);
        assertThat(all.get("total").asLong()).as("the demo users' creation at start-up at least").isGreaterThan(3);
        List<JsonNode> first = items(all);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).get("id").asLong()).isGreaterThan(first.get(1).get("id").asLong());
        assertThat(first.get(0).propertyNames()).containsExactlyInAnyOrder("id", "at", "actor", "type", "subject",
                "details", "address");
        JsonNode second = audit("size=2&page=1");
        assertThat(items(second).getFirst().get("id").asLong()).isLessThan(first.get(1).get("id").asLong());
    }

    @Test
    void the_filters_narrow_the_log() throws Exception {
        assertThat(audit("type=USER_CREATED&actor=system&subject=MANAGER").get("total").asLong())
                .as("the subject's case is ignored").isEqualTo(1);
        assertThat(audit("type=USER_CREATED&actor=admin&subject=manager").get("total").asLong()).isZero();
        JsonNode staff = audit("type=user_created&actor=SYSTEM&subject=staff");
        assertThat(items(staff)).extracting(item -> item.get("subject").asString()).containsOnly("staff");
        assertThat(items(staff)).extracting(item -> item.get("type").asString()).containsOnly("USER_CREATED");
        assertThat(items(staff)).extracting(item -> item.get("actor").asString()).containsOnly("system");
        assertThat(items(staff).getFirst().get("details").asString()).contains("\"roles\":[\"STAFF\"]");

        LocalDate today = LocalDate.now(clock);
        assertThat(audit("type=USER_CREATED&subject=staff&from=" + today + "&to=" + today).get("total").asLong())
                .isEqualTo(staff.get("total").asLong());
        assertThat(audit("type=USER_CREATED&to=" + today.minusDays(1)).get("total").asLong()).isZero();
        assertThat(audit("type=USER_CREATED&from=" + today.plusDays(1)).get("total").asLong()).isZero();
        assertThat(audit("subject=" + encoded("%")).get("total").asLong()).as("% is a literal").isZero();
    }

    @Test
    void failed_logins_logins_and_a_lockout_are_recorded_with_the_address() throws Exception {
        assertThat(api().send("GET", "/api/v1/me", "manager", "wrong-guess", "application/json", null).statusCode())
                .isEqualTo(401);
        for (int i = 0; i < 5; i++) {
            assertThat(api().send("GET", "/api/v1/me", "ghost", "guess" + i, "application/json", null)
                    .statusCode()).isEqualTo(401);
        }
        assertThat(api().send("GET", "/api/v1/me", "ghost", "guess", "application/json", null).statusCode())
                .isEqualTo(401);

        List<JsonNode> failed = items(audit("type=LOGIN_FAILED&subject=manager"));
        assertThat(failed).hasSize(1);
        assertThat(failed.getFirst().get("actor").asString()).isEqualTo("anonymous");
        assertThat(failed.getFirst().get("address").asString()).isEqualTo("127.0.0.1");
        assertThat(failed.getFirst().get("details").asString()).contains("BadCredentialsException")
                .doesNotContain("wrong-guess");
        assertThat(items(audit("type=LOGIN_FAILED&subject=ghost"))).as("no such user: locked or not, a bad "
                + "credential").hasSize(6).extracting(item -> item.get("details").asString())
                .containsOnly("{\"reason\":\"BadCredentialsException\"}");
        List<JsonNode> locked = items(audit("type=LOCKOUT"));
        assertThat(locked).hasSize(1);
        assertThat(locked.getFirst().get("subject").asString()).isEqualTo("ghost");
        assertThat(locked.getFirst().get("actor").asString()).isEqualTo("system");
        assertThat(locked.getFirst().get("details").asString()).isEqualTo("{\"failures\":5,\"minutes\":15}");

        assertThat(api().call("GET", "/api/v1/me", "leader", null).statusCode()).isEqualTo(200);
        assertThat(api().call("GET", "/api/v1/me", "leader", null).statusCode()).isEqualTo(200);
        List<JsonNode> logins = items(audit("type=LOGIN&actor=leader"));
        assertThat(logins).as("the second call is served from the credential cache: no new login").hasSize(1);
        assertThat(logins.getFirst().get("subject").asString()).isEqualTo("leader");
        assertThat(logins.getFirst().get("address").asString()).isEqualTo("127.0.0.1");
    }

    @ParameterizedTest
    @CsvSource({"leader", "manager", "staff"})
    void other_roles_are_refused_before_the_parameters_are_read(String user) throws Exception {
        assertThat(api().call("GET", "/api/v1/audit", user, null).statusCode()).isEqualTo(403);
        assertThat(api().call("GET", "/api/v1/audit?size=nonsense&type=NOPE", user, null).statusCode())
                .isEqualTo(403);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // query                          | parameter | code
            "type=NOPE                        | type      | unknownType",
            "from=2026-13-01                  | from      | date",
            "to=yesterday                     | to        | date",
            "from=2026-12-02&to=2026-12-01    | to        | toBeforeFrom",
            "size=201                         | size      | range",
            "size=0                           | size      | range",
            "size=ten                         | size      | range",
            "page=-1                          | page      | range",
    })
    void a_parameter_that_cannot_be_read_is_a_400_naming_it(String query, String parameter, String code)
            throws Exception {
        HttpResponse<String> response = api().call("GET", "/api/v1/audit?" + query, "admin", null, "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).endsWith("/bad-request");
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(parameter);
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).contains("\"" + parameter + "\"");
    }

    @Test
    void a_subject_too_long_is_a_400_naming_it() throws Exception {
        HttpResponse<String> response = api().call("GET", "/api/v1/audit?subject=" + "x".repeat(501), "admin", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("subject");
    }
}
