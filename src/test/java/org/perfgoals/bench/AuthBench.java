package org.perfgoals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.perfgoals.api.ApiTest;
import org.perfgoals.security.CredentialCache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-request floor of the API with HTTP Basic and with an API token: run with
 * {@code ./mvnw -B -Pbench verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AuthBench}
 * (not part of the normal tests). Calls the cheapest authenticated endpoint, {@code GET /api/v1/me}, as a demo user
 * from 1, 10 and 50 callers at once, each sending its requests one after the other, and prints the median latency
 * per concurrency and the requests per second at 50; then once more at concurrency 1 with the credential cache
 * emptied before every request, which is what every request cost before the cache (one password hash). Then the
 * same three concurrencies with {@code Authorization: Bearer pgt_…} (a digest lookup and the user read from the
 * database on every request). Only the outcome (200) is asserted, never the timing.
 */
@TestPropertySource(properties = "logging.level.org.perfgoals=warn")
class AuthBench extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString("manager:demo".getBytes(StandardCharsets.UTF_8));

    @Autowired
    private CredentialCache cache;

    private record Run(double medianMs, double requestsPerSecond) {
    }

    @Test
    void basic_auth_floor_at_three_concurrencies() throws Exception {
        run(10, 50, false);
        Run c1 = run(1, 300, false);
        Run c10 = run(10, 100, false);
        Run c50 = run(50, 40, false);
        Run uncached = run(1, 30, true);
        System.out.println(String.format(Locale.ROOT, "BENCH auth_basic_c1_ms=%.2f c10_ms=%.2f c50_ms=%.2f "
                + "rps_c50=%.0f rps_c1=%.0f uncached_c1_ms=%.1f", c1.medianMs(), c10.medianMs(), c50.medianMs(),
                c50.requestsPerSecond(), c1.requestsPerSecond(), uncached.medianMs()));
        System.out.flush();
    }

    @Test
    void token_auth_floor_at_three_concurrencies() throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/me/tokens"))
                .header("Authorization", AUTHORIZATION).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"bench\", \"expiresInDays\": 1}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String bearer = "Bearer " + JsonMapper.builder().build().readTree(created.body()).get("token").asString();
        run(10, 50, false, bearer);
        Run c1 = run(1, 300, false, bearer);
        Run c10 = run(10, 100, false, bearer);
        Run c50 = run(50, 40, false, bearer);
        System.out.println(String.format(Locale.ROOT, "BENCH auth_token_c1_ms=%.2f c10_ms=%.2f c50_ms=%.2f "
                + "rps_c50=%.0f rps_c1=%.0f", c1.medianMs(), c10.medianMs(), c50.medianMs(),
                c50.requestsPerSecond(), c1.requestsPerSecond()));
        System.out.flush();
    }

    /** {@code callers} callers, each sending {@code each} requests in a row. */
    private Run run(int callers, int each, boolean evictEachTime) throws Exception {
        return run(callers, each, evictEachTime, AUTHORIZATION);
    }

    private Run run(int callers, int each, boolean evictEachTime, String authorization) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", authorization).GET().build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            List<Future<?>> done = new ArrayList<>();
            for (int caller = 0; caller < callers; caller++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        if (evictEachTime) {
                            cache.clear();
                        }
                        long start = System.nanoTime();
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - start);
                        assertThat(response.statusCode()).isEqualTo(200);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Run(sorted.get(sorted.size() / 2) / 1e6, sorted.size() / seconds);
    }
}
