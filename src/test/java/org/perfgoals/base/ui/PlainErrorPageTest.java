package org.perfgoals.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfgoals.base.i18n.TranslationProvider;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** The page browsers get from Spring's /error: translated, in both languages, never the exception. */
class PlainErrorPageTest {

    private final PlainErrorPage pages = new PlainErrorPage(new TranslationProvider());

    private MockHttpServletResponse render(String method, HttpStatus status) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/no/such/page");
        ModelAndView view = pages.resolveErrorView(request, status,
                Map.of("exception", "java.lang.IllegalStateException", "message", "a bug", "trace", "at org.x"));
        assertThat(view.getStatus()).isEqualTo(status);
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.getView().render(Map.of(), request, response);
        return response;
    }

    @Test
    void a_get_refused_by_spring_security_says_the_page_is_unavailable() throws Exception {
        String page = render("GET", HttpStatus.FORBIDDEN).getContentAsString();
        assertThat(page).contains("无法打开页面 (403)").contains("该页面不存在，或者您没有打开它的权限。")
                .contains("Page unavailable (403)").doesNotContain("a bug").doesNotContain("Exception")
                .doesNotContain("at org.");
    }

    @Test
    void a_refused_post_is_not_allowed_and_a_failure_is_a_plain_sentence() throws Exception {
        assertThat(render("POST", HttpStatus.FORBIDDEN).getContentAsString()).contains("没有权限 (403)");
        MockHttpServletResponse failure = render("GET", HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(failure.getContentType()).startsWith("text/html");
        assertThat(failure.getContentAsString()).contains("出错了 (500)").contains("Something went wrong")
                .doesNotContain("a bug");
    }
}
