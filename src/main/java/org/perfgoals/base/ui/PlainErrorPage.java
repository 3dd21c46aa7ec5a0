package org.perfgoals.base.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.perfgoals.base.i18n.TranslationProvider;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * What a browser gets for an error outside the Vaadin UI (a missing static file, {@code /error} itself), instead of
 * Spring's Whitelabel page: the status and a translated sentence in Chinese and English, a link home, nothing about
 * the exception. API clients asking for JSON still get Spring's JSON body; this resolver serves only HTML.
 */
@Component
class PlainErrorPage implements ErrorViewResolver {

    private final TranslationProvider messages;

    PlainErrorPage(TranslationProvider messages) {
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        int code = status.value();
        // Spring Security refuses a GET of a path that is no view with 403 (Vaadin never sees it): for the user that
        // page is unavailable, whether it does not exist or is not theirs.
        String kind = code == 404 ? "notFound" : code == 403 && "GET".equals(request.getMethod()) ? "unavailable"
                : code == 403 || code == 401 ? "notAllowed" : code < 500 ? "badAddress" : "unexpected";
        View page = (ignored, req, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(html(code, kind).getBytes(StandardCharsets.UTF_8));
        };
        ModelAndView view = new ModelAndView(page);
        view.setStatus(status);
        return view;
    }

    private String html(int code, String kind) {
        StringBuilder body = new StringBuilder();
        for (Locale locale : new Locale[] {TranslationProvider.CHINESE, TranslationProvider.ENGLISH}) {
            String lang = locale.toLanguageTag();
            body.append("<section lang=\"").append(lang).append("\"><h1>")
                    .append(text("error." + kind + ".title", locale)).append(" (").append(code).append(")</h1><p>")
                    .append(text("error." + kind + ".text", locale)).append("</p><p><a href=\"/\">")
                    .append(text("error.home", locale)).append("</a></p></section>");
        }
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>"
                + text("error." + kind + ".title", TranslationProvider.CHINESE) + " | "
                + text("app.title", TranslationProvider.CHINESE) + "</title></head><body>" + body + "</body></html>";
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getTranslation(key, locale));
    }
}
