package org.perfgoals.base.ops;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.perfgoals.base.i18n.TranslationProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * The small 503 page of a node that cannot serve the UI now (starting, or its database busy): a title and a message
 * in both languages, {@code Retry-After}, and a reload after that many seconds. Nothing of the app's own (scripts,
 * styles, fonts) is needed to show it: one inline style, nothing else.
 */
final class UnavailablePage {

    private final TranslationProvider messages;

    UnavailablePage(TranslationProvider messages) {
        this.messages = messages;
    }

    /**
     * Writes the page; {@code reloadPath} is where the reload goes (a GET, so that a refused form post is not sent
     * again unasked), {@code messageKey} takes the seconds as its argument.
     */
    void write(HttpServletResponse response, String titleKey, String messageKey, int retryAfterSeconds,
               String reloadPath) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        Locale zh = TranslationProvider.CHINESE;
        Locale en = TranslationProvider.ENGLISH;
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta http-equiv="refresh" content="%d;url=%s">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s / %s</title>
                <style>body{font-family:sans-serif;margin:15vh auto;max-width:32rem;padding:0 1rem;color:#333}
                h1{font-size:1.4rem}p{line-height:1.5}</style></head>
                <body><h1>%s</h1><p>%s</p><h1 lang="en">%s</h1><p lang="en">%s</p></body></html>
                """.formatted(retryAfterSeconds, HtmlUtils.htmlEscape(reloadPath), text(titleKey, zh),
                text(titleKey, en), text(titleKey, zh), text(messageKey, zh, retryAfterSeconds),
                text(titleKey, en), text(messageKey, en, retryAfterSeconds)));
    }

    /** The request's path below the context path: what the filters compare with {@code /api/}. */
    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length())
                : uri;
    }

    /** The page the request asked for, with its query: where a page refused a GET reloads. */
    static String samePage(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private String text(String key, Locale locale, Object... args) {
        return HtmlUtils.htmlEscape(messages.getTranslation(key, locale, args));
    }
}
