package org.perfgoals.base.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.perfgoals.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node whose start-up work still runs answers the UI, {@code /login} and the REST API with 503 and
 * {@code Retry-After} (a page in both languages, a problem detail under {@code /api}); the balancer's probes answer;
 * once the work is done everything is served. The application is started here by hand, not as a Spring test, because
 * the test must act while the start-up work is held back (a Spring test's context is handed over only after it).
 */
class StartingUpTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void every_user_facing_request_waits_with_503_until_the_start_up_work_is_done() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger port = new AtomicInteger();
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(Application.class)
                        .profiles("demo", "test")
                        .properties("server.port=0")
                        .listeners((ApplicationEvent event) -> {
                            if (event instanceof WebServerInitializedEvent web) {
                                port.set(web.getWebServer().getPort());
                            } else if (event instanceof ApplicationReadyEvent) {
                                held.countDown();
                                await(release);
                            }
                        })
                        .run());
        try {
            assertThat(held.await(3, TimeUnit.MINUTES)).as("the start-up work began").isTrue();
            String base = "http://localhost:" + port.get();

            HttpResponse<String> login = get(base + "/login", null);
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(login.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(login.body()).contains("正在启动", "Starting", "http-equiv=\"refresh\"");
            assertThat(get(base + "/", null).statusCode()).as("the UI").isEqualTo(503);
            assertThat(get(base + "/projects", null).statusCode()).as("a view").isEqualTo(503);

            HttpResponse<String> api = get(base + "/api/v1/projects", "leader:demo");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(api.body()).contains("\"type\":\"https://perfgoals.org/problems/starting\"",
                    "\"status\":503", "\"instance\":\"/api/v1/projects\"");

            assertThat(get(base + "/actuator/health/liveness", null).statusCode()).as("liveness").isEqualTo(200);
            assertThat(get(base + "/actuator/health/readiness", null).statusCode()).as("readiness").isEqualTo(503);
        } finally {
            release.countDown();
        }
        try (ConfigurableApplicationContext context = starting.get(3, TimeUnit.MINUTES)) {
            String base = "http://localhost:" + port.get();
            assertThat(get(base + "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
            assertThat(get(base + "/login", null).statusCode()).isEqualTo(200);
            assertThat(get(base + "/api/v1/projects", "leader:demo").statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(String url, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(3, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
