package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * A UI session ends at its next request when its user was changed on another node: the change is written to the
 * database here directly, as the other node would, and no event reaches this node. Checked on every request
 * ({@code access-recheck=0s}) so that nothing waits.
 */
@TestPropertySource(properties = "perfgoals.session.access-recheck=0s")
class SessionAccessCheckApiTest extends ApiTest {

    private static final String PASSWORD = "Node-Password-1";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    private UserAccounts accounts;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PasswordEncoder encoder;

    private String origin() {
        return "http://localhost:" + port;
    }

    /** A new user, signed in to the UI: the session cookie. */
    private String signedIn(String username) throws Exception {
        SystemAuthentication.run(() -> accounts.create(new NewUser(username, username, null, null,
                Set.of(Role.LEADER)), PASSWORD, false));
        HttpResponse<String> login = FormLogin.post(http, origin(), username, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String cookie = FormLogin.sessionCookie(login);
        assertThat(home(cookie).statusCode()).as("signed in").isEqualTo(200);
        return cookie;
    }

    private HttpResponse<String> home(String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(origin() + "/")).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void assertSentToLogin(String cookie) throws Exception {
        HttpResponse<String> next = home(cookie);
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(home(cookie).statusCode()).as("and stays signed out").isEqualTo(302);
    }

    @Test
    void aSessionWhoseUserIsUntouchedGoesOn() throws Exception {
        String cookie = signedIn("node.same");
        for (int request = 0; request < 3; request++) {
            assertThat(home(cookie).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aDisableOnAnotherNodeEndsTheSession() throws Exception {
        String cookie = signedIn("node.disabled");
        jdbc.sql("update app_user set enabled = false where username = 'node.disabled'").update();
        assertSentToLogin(cookie);
    }

    @Test
    void aPasswordChangeOnAnotherNodeEndsTheSession() throws Exception {
        String cookie = signedIn("node.password");
        jdbc.sql("update app_user set password_hash = :hash where username = 'node.password'")
                .param("hash", encoder.encode("Node-Password-2")).update();
        assertSentToLogin(cookie);
    }

    @Test
    void aRoleChangeOnAnotherNodeEndsTheSession() throws Exception {
        String cookie = signedIn("node.roles");
        jdbc.sql("update app_user_role set role = 'STAFF' where user_id = (select id from app_user"
                + " where username = 'node.roles')").update();
        assertSentToLogin(cookie);
    }
}
