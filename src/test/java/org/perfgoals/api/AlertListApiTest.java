package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/alerts} pages by keyset as well as by number: following {@code X-Next-Cursor} (or the
 * {@code Link rel="next"}) from the first page yields every alert once, newest first, as one large page does; the
 * numbered pages are the same slices; a cursor the API did not write is refused as a problem.
 */
class AlertListApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpResponse<String> get(String path) throws Exception {
        return api().call("GET", path, "leader", null);
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode list = JSON.readTree(response.body());
        return StreamSupport.stream(list.spliterator(), false).map(alert -> alert.path("id").asLong()).toList();
    }

    @Test
    void following_the_next_cursor_from_the_first_page_gives_every_alert_once_newest_first() throws Exception {
        HttpResponse<String> all = get("/api/v1/alerts?size=1000");
        List<Long> expected = ids(all);
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(all.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(expected.size()));
        assertThat(all.headers().firstValue("X-Next-Cursor")).as("one page holds them all").isEmpty();
        List<String> updated = StreamSupport.stream(JSON.readTree(all.body()).spliterator(), false)
                .map(alert -> alert.path("updatedAt").asString()).toList();
        assertThat(updated.stream().map(java.time.Instant::parse).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        List<Long> paged = new ArrayList<>();
        HttpResponse<String> page = get("/api/v1/alerts?size=4");
        while (true) {
            paged.addAll(ids(page));
            assertThat(page.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(expected.size()));
            var next = page.headers().firstValue("X-Next-Cursor");
            if (next.isEmpty()) {
                assertThat(page.headers().firstValue("Link")).isEmpty();
                break;
            }
            assertThat(page.headers().firstValue("Link").orElseThrow()).contains("size=4").contains("after=")
                    .endsWith("; rel=\"next\"");
            page = get("/api/v1/alerts?size=4&after=" + URLEncoder.encode(next.get(), StandardCharsets.UTF_8));
        }
        assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
    }

    @Test
    void numbered_pages_are_the_same_slices_and_carry_a_cursor_to_go_on_by_keyset() throws Exception {
        List<Long> expected = ids(get("/api/v1/alerts?size=1000"));
        HttpResponse<String> second = get("/api/v1/alerts?size=3&page=1");
        assertThat(ids(second)).containsExactlyElementsOf(expected.subList(3, 6));
        String next = second.headers().firstValue("X-Next-Cursor").orElseThrow();
        assertThat(ids(get("/api/v1/alerts?size=3&after=" + URLEncoder.encode(next, StandardCharsets.UTF_8))))
                .containsExactlyElementsOf(expected.subList(6, 9));
        HttpResponse<String> uncounted = get("/api/v1/alerts?size=3&count=false");
        assertThat(ids(uncounted)).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(uncounted.headers().firstValue("X-Total-Count")).isEmpty();
    }

    @Test
    void the_filters_hold_on_every_keyset_page() throws Exception {
        List<Long> expected = ids(get("/api/v1/alerts?size=1000&type=DATA_OVERDUE&active=true"));
        assertThat(expected).hasSize(10);
        List<Long> paged = new ArrayList<>();
        String query = "/api/v1/alerts?size=3&type=DATA_OVERDUE&active=true";
        HttpResponse<String> page = get(query);
        while (true) {
            JsonNode list = JSON.readTree(page.body());
            list.forEach(alert -> assertThat(alert.path("type").asString()).isEqualTo("DATA_OVERDUE"));
            paged.addAll(ids(page));
            var next = page.headers().firstValue("X-Next-Cursor");
            if (next.isEmpty()) {
                break;
            }
            page = get(query + "&after=" + URLEncoder.encode(next.get(), StandardCharsets.UTF_8));
        }
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void a_cursor_the_api_did_not_write_and_a_cursor_with_a_page_number_are_refused() throws Exception {
        HttpResponse<String> bad = get("/api/v1/alerts?after=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(bad.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://perfgoals.org/problems/validation");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("after");
        assertThat(problem.path("errors").get(0).path("code").asString()).isEqualTo("badCursor");
        HttpResponse<String> both = get("/api/v1/alerts?page=1&after="
                + URLEncoder.encode("2019-07-01T00:00:00Z~1", StandardCharsets.UTF_8));
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(both.body()).path("type").asString())
                .isEqualTo("https://perfgoals.org/problems/bad-request");
    }
}
