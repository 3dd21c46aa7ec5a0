package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Outside the controllers too, a database that cannot answer now is a 503 with {@code Retry-After}, not a 500 nor
 * a wrong answer: with every connection of a small pool held, a form login (its user cannot be read: no "wrong
 * password") and a signed-in session's page (its access check reads the user) get the "busy" page, which reloads
 * with a GET; once connections are free both are served again. A wrong password stays a redirect to {@code ?error}.
 */
@TestPropertySource(properties = {
    "spring.datasource.hikari.maximum-pool-size=3",
    "spring.datasource.hikari.connection-timeout=300",
    "perfgoals.session.access-recheck=0s",
    "perfgoals.api.retry-after=7s"})
class BusyDatabaseApiTest extends ApiTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    private DataSource dataSource;

    private String origin() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        return FormLogin.post(http, origin(), username, password);
    }

    private HttpResponse<String> page(String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(origin() + path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertBusyPage(HttpResponse<String> response, String reload) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("系统繁忙", "The system is busy",
                "http-equiv=\"refresh\" content=\"7;url=" + reload + "\"");
    }

    /** Holds every pooled connection until closed. */
    private List<Connection> exhaustPool() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            while (true) {
                held.add(dataSource.getConnection());
            }
        } catch (SQLTransientConnectionException exhausted) {
            assertThat(held).hasSize(3);
            return held;
        }
    }

    private static void release(List<Connection> held) throws Exception {
        for (Connection connection : held) {
            connection.close();
        }
    }

    @Test
    void a_login_and_a_signed_in_page_get_the_busy_page_while_no_connection_is_free() throws Exception {
        HttpResponse<String> before = login("leader", "demo");
        assertThat(before.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String cookie = FormLogin.sessionCookie(before);
        assertThat(page("/projects?page=2", cookie).statusCode()).isEqualTo(200);

        List<Connection> held = exhaustPool();
        try {
            assertBusyPage(login("manager", "demo"), "/login");
            assertBusyPage(page("/projects?page=2", cookie), "/projects?page=2");
        } finally {
            release(held);
        }
        assertThat(page("/projects?page=2", cookie).statusCode()).as("the session goes on").isEqualTo(200);
        HttpResponse<String> after = login("manager", "demo");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    /** The login's own failure handler leaves the rest of Vaadin's login set-up as it was: the page's CSRF token. */
    @Test
    void the_login_page_still_carries_its_csrf_token() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(origin() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("<meta name=\"_csrf\" content=\"[^\"]+\"");
    }

    @Test
    void a_wrong_password_is_still_sent_back_to_the_login_with_an_error() throws Exception {
        HttpResponse<String> wrong = login("manager", "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }
}
