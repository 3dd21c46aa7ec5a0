package org.perfgoals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What a browser gets outside the Vaadin views: unknown UI paths, bad view addresses and Spring's own error page
 * show no Whitelabel page, no exception class and no stack trace.
 */
class UiErrorPageHttpTest extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private HttpResponse<String> browse(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoInternals(HttpResponse<String> response) {
        assertThat(response.body()).doesNotContain("Whitelabel").doesNotContain("Exception")
                .doesNotContain("java.lang").doesNotContain("at org.").doesNotContain("out of range");
    }

    @Test
    void a_missing_vaadin_file_is_a_plain_translated_404_page_not_the_whitelabel_page() throws Exception {
        HttpResponse<String> response = browse("/VAADIN/nope.js");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("找不到页面").contains("Page not found").contains("href=\"/\"");
        assertNoInternals(response);
    }

    @Test
    void the_error_path_itself_is_the_plain_page() throws Exception {
        HttpResponse<String> response = browse("/error");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("出错了").contains("Something went wrong");
        assertNoInternals(response);
    }

    @Test
    void unknown_and_bad_ui_paths_show_no_exception_text() throws Exception {
        for (String path : new String[] {"/no/such/page", "/projects/abc", "/monitoring/1/0/1",
            "/dashboard/1/2019/9"}) {
            HttpResponse<String> response = browse(path);
            assertThat(response.statusCode()).as(path).isLessThan(500);
            assertNoInternals(response);
        }
    }
}
