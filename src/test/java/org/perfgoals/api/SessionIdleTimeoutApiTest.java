package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.perfgoals.security.SessionIdleTimeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code perfgoals.session.idle-timeout} over HTTP: with one second, a signed-in UI session is gone after two idle
 * seconds and the next page sends the browser to the login. (The only test that waits: a session's expiry is the
 * container's, which reads the wall clock.)
 */
@TestPropertySource(properties = "perfgoals.session.idle-timeout=1s")
class SessionIdleTimeoutApiTest extends ApiTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    private SessionIdleTimeout idleTimeout;

    private String origin() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> home(String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(origin() + "/")).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_idle_session_ends_after_the_configured_timeout() throws Exception {
        assertThat(idleTimeout.timeout()).isEqualTo(Duration.ofSeconds(1));
        HttpResponse<String> login = FormLogin.post(http, origin(), "staff", "demo");
        assertThat(login.statusCode()).isEqualTo(302);
        String cookie = FormLogin.sessionCookie(login);
        assertThat(home(cookie).statusCode()).as("signed in").isEqualTo(200);
        Thread.sleep(2500);
        HttpResponse<String> later = home(cookie);
        assertThat(later.statusCode()).as("the session ended").isEqualTo(302);
        assertThat(later.headers().firstValue("Location").orElseThrow()).contains("/login");
    }
}
