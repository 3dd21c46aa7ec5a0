package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The production profile over HTTP on an empty database (the tests' own in-memory H2): only the bootstrap admin logs
 * in, and must change the password before anything else; the demo users do not exist; there are no demo projects.
 * Each test asks with passwords that work whether or not another test changed the admin's first.
 */
@ActiveProfiles(value = {"prod", "test"}, inheritProfiles = false)
@TestPropertySource(properties = "perfgoals.bootstrap.admin-password=" + ProdProfileTest.FIRST)
class ProdProfileTest extends ApiTest {

    static final String FIRST = "Bootstrap-Secret-2026";
    private static final String OWN = "Guanli-Mima-Zhen-2026";

    private HttpResponse<String> asAdmin(String method, String path, String password, String body) throws Exception {
        return api().send(method, path, "admin", password, "application/json", body);
    }

    @Test
    void the_demo_users_do_not_exist_and_the_demo_password_opens_nothing() throws Exception {
        for (String user : new String[] {"staff", "manager", "leader", "admin"}) {
            HttpResponse<String> response = api().call("GET", "/api/v1/me", user, null);
            assertThat(response.statusCode()).as(user).isEqualTo(401);
            assertThat(response.body()).contains("\"status\":401");
        }
    }

    @Test
    void the_bootstrap_admin_must_change_the_password_first_then_sees_no_projects() throws Exception {
        HttpResponse<String> me = asAdmin("GET", "/api/v1/me", FIRST, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"admin\"").contains("\"mustChangePassword\":true");
        HttpResponse<String> refused = asAdmin("GET", "/api/v1/projects", FIRST, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"error\":\"passwordChangeRequired\"");
        assertThat(asAdmin("GET", "/api/v1/units", FIRST, null).statusCode()).isEqualTo(403);

        HttpResponse<String> changed = asAdmin("PUT", "/api/v1/me/password", FIRST,
                "{\"current\": \"" + FIRST + "\", \"new\": \"" + OWN + "\"}");
        assertThat(changed.statusCode()).isEqualTo(204);
        assertThat(asAdmin("GET", "/api/v1/projects", FIRST, null).statusCode()).as("the first password is gone")
                .isEqualTo(401);
        HttpResponse<String> list = asAdmin("GET", "/api/v1/projects", OWN, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).isEqualTo("[]");
        assertThat(list.headers().firstValue("X-Total-Count")).hasValue("0");
        HttpResponse<String> units = asAdmin("GET", "/api/v1/units", OWN, null);
        assertThat(units.body()).as("production starts without units").isEqualTo("[]");
        HttpResponse<String> users = asAdmin("GET", "/api/v1/users", OWN, null);
        assertThat(users.headers().firstValue("X-Total-Count")).as("only the admin").hasValue("1");
    }
}
