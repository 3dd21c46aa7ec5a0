package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The security headers over real HTTP: CSP with a fresh nonce on every script of the page, nosniff, no caching of
 * UI pages (but of the hashed static bundle), HSTS only over HTTPS (as told by a proxy on 127.0.0.1), the session
 * cookie's flags, and the login refusing a cross-site POST.
 */
class WebHeadersApiTest extends ApiTest {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BUNDLE = Pattern.compile("/VAADIN/build/[A-Za-z0-9._-]+\\.js");

    private final HttpClient http = HttpClient.newHttpClient();

    private String origin() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo", StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String nonceOf(HttpResponse<?> response) {
        Matcher nonce = NONCE.matcher(header(response, "Content-Security-Policy"));
        assertThat(nonce.find()).as("a nonce in the policy").isTrue();
        return nonce.group(1);
    }

    /** Whether the session a response's cookie names is logged in: the UI then does not send us to the login. */
    private boolean loggedIn(HttpResponse<?> response) throws Exception {
        Optional<String> cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst();
        if (cookie.isEmpty()) {
            return false;
        }
        HttpResponse<String> page = get("/", "Cookie", cookie.get());
        return page.statusCode() == 200;
    }

    @Test
    void the_login_page_carries_a_nonce_policy_that_every_script_of_the_page_carries() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        String policy = header(page, "Content-Security-Policy");
        assertThat(policy).contains("script-src 'self' 'nonce-", "'unsafe-eval'", "object-src 'none'",
                "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'", "img-src 'self' data:",
                "style-src 'self' 'unsafe-inline'", "font-src 'self' data:", "connect-src 'self'");
        assertThat(policy).doesNotContain("script-src 'self' 'unsafe-inline'");
        String nonce = nonceOf(page);
        List<String> scripts = new ArrayList<>();
        SCRIPT_TAG.matcher(page.body()).results().forEach(m -> scripts.add(m.group()));
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce + "\""));
        assertThat(nonceOf(get("/login"))).as("a fresh nonce per request").isNotEqualTo(nonce);
    }

    @Test
    void ui_pages_and_the_api_say_nosniff_and_are_not_cached() throws Exception {
        HttpResponse<String> login = get("/login");
        HttpResponse<String> api = get("/api/v1/projects", "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
        assertThat(api.statusCode()).isEqualTo(200);
        for (HttpResponse<String> response : List.of(login, api)) {
            assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(header(response, "Cache-Control")).contains("no-store");
            assertThat(header(response, "Content-Security-Policy")).contains("frame-ancestors 'none'");
        }
    }

    @Test
    void the_hashed_static_bundle_may_be_cached() throws Exception {
        Matcher bundle = BUNDLE.matcher(get("/login").body());
        assertThat(bundle.find()).as("the page loads a hashed bundle").isTrue();
        HttpResponse<String> script = get(bundle.group());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(header(script, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(script.headers().allValues("Cache-Control")).noneMatch(value -> value.contains("no-store"));
    }

    @Test
    void hsts_is_sent_only_when_the_request_came_over_https() throws Exception {
        assertThat(header(get("/login"), "Strict-Transport-Security")).as("plain http").isNull();
        HttpResponse<String> behindProxy = get("/login", "X-Forwarded-Proto", "https");
        assertThat(header(behindProxy, "Strict-Transport-Security")).contains("max-age=");
        assertThat(header(get("/api/v1/projects", "X-Forwarded-Proto", "https"), "Strict-Transport-Security"))
                .contains("max-age=");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        HttpResponse<String> login = postLogin("Origin", origin());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void a_same_origin_login_post_logs_in() throws Exception {
        HttpResponse<String> withOrigin = postLogin("Origin", origin());
        assertThat(withOrigin.statusCode()).isEqualTo(302);
        assertThat(header(withOrigin, "Location")).doesNotContain("error");
        assertThat(loggedIn(withOrigin)).isTrue();
        HttpResponse<String> withReferer = postLogin("Referer", origin() + "/login");
        assertThat(withReferer.statusCode()).isEqualTo(302);
        assertThat(loggedIn(withReferer)).isTrue();
    }

    @Test
    void behind_a_tls_proxy_the_login_compares_with_the_browsers_https_origin_and_the_cookie_is_secure()
            throws Exception {
        HttpResponse<String> proxied = postLogin("X-Forwarded-Proto", "https", "Origin", "https://localhost");
        assertThat(proxied.statusCode()).isEqualTo(302);
        assertThat(header(proxied, "Location")).doesNotContain("error");
        assertThat(header(proxied, "Strict-Transport-Security")).contains("max-age=");
        assertThat(proxied.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().asString().containsIgnoringCase("Secure");
        assertThat(postLogin("X-Forwarded-Proto", "https", "Origin", origin()).statusCode())
                .as("the plain-http origin is not the one the browser saw").isEqualTo(403);
    }

    @Test
    void a_cross_site_login_post_is_refused_and_logs_nobody_in() throws Exception {
        HttpResponse<String> foreignOrigin = postLogin("Origin", "https://evil.example");
        assertThat(foreignOrigin.statusCode()).isEqualTo(403);
        assertThat(loggedIn(foreignOrigin)).isFalse();
        HttpResponse<String> foreignReferer = postLogin("Referer", "https://evil.example/page");
        assertThat(foreignReferer.statusCode()).isEqualTo(403);
        assertThat(loggedIn(foreignReferer)).isFalse();
        HttpResponse<String> otherPort = postLogin("Origin", "http://localhost:" + (port + 1));
        assertThat(otherPort.statusCode()).as("another port is another origin").isEqualTo(403);
        HttpResponse<String> opaque = postLogin("Origin", "null");
        assertThat(opaque.statusCode()).as("a sandboxed or privacy-hidden origin").isEqualTo(403);
    }
}
