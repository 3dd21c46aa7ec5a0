package org.perfgoals.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The UI's form login over plain HTTP, posted as the login page of the same origin does, and its session cookie. */
final class FormLogin {

    private FormLogin() {
    }

    /** {@code POST /login} with the user name and password; the answer as it comes (redirects not followed). */
    static HttpResponse<String> post(HttpClient http, String origin, String username, String password)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(origin + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password,
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code JSESSIONID=…} pair the login set, to send back as a {@code Cookie} header. */
    static String sessionCookie(HttpResponse<String> login) {
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }
}
