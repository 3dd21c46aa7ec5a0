package org.perfgoals.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.i18n.TranslationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every REST error as an RFC 9457 problem detail: {@code type} ({@link ProblemType}), a translated
 * {@code title}, {@code status}, a translated {@code detail}, {@code instance} (the request path), and extension
 * members: {@code errors: [{field, code, message}]} for refused fields, or else {@code error} repeating the detail
 * (the member API clients read before problem details), plus what a feature adds ({@code duplicates}, {@code forms},
 * {@code refusals}, {@code maxBytes} …). Messages follow Accept-Language like the rest of the API.
 *
 * <p>Controllers' failures reach it through {@link ApiErrors}; filters and Spring Security's handlers, which run
 * before any controller, {@link #write} it themselves.
 */
@Component
public class Problems {

    private final TranslationProvider messages;
    private final LocaleResolver locales;
    private static final String RETRY_AFTER = "retryAfter";

    private final JsonMapper json;
    private final Duration retryAfter;

    Problems(TranslationProvider messages, LocaleResolver locales, JsonMapper json,
             @Value("${perfgoals.api.retry-after:5s}") Duration retryAfter) {
        this.retryAfter = retryAfter;
        this.messages = messages;
        this.locales = locales;
        // Boot's mapper: it writes ProblemDetail's extension members at the top level, as the controllers do.
        this.json = json;
    }

    /** A translated message ({@code key} in the i18n bundles). */
    public String text(String key, Locale locale, Object... args) {
        return messages.getTranslation(key, locale, args);
    }

    /** A problem whose detail is one message. */
    public ProblemDetail create(HttpStatusCode status, ProblemType type, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(title(type, status, locale));
        return problem;
    }

    /** A 400 naming each refused field in {@code errors}; the detail only counts them (each message is in errors). */
    public ProblemDetail fields(ProblemType type, List<FieldProblem> errors, Locale locale) {
        ProblemDetail problem = create(HttpStatus.BAD_REQUEST, type,
                text("api.problem.fields.detail", locale, errors.size()), locale);
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }

    /** A 413 with the limit as {@code maxBytes}. */
    public ProblemDetail tooLarge(BodyTooLargeException large, Locale locale) {
        ProblemDetail problem = create(HttpStatus.CONTENT_TOO_LARGE, ProblemType.TOO_LARGE,
                text(large.getMessageKey(), locale, large.getArgs().toArray()), locale);
        problem.setProperty("maxBytes", large.getMaxBytes());
        return problem;
    }

    /**
     * A 503 for an overloaded database ({@link Overload}): {@code retryAfter} (seconds) as a member, and as the
     * {@code Retry-After} header wherever the problem is written.
     */
    public ProblemDetail unavailable(Locale locale) {
        long seconds = retryAfter.toSeconds();
        ProblemDetail problem = create(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.UNAVAILABLE,
                text("api.problem.unavailable.detail", locale, seconds), locale);
        problem.setProperty(RETRY_AFTER, seconds);
        return problem;
    }

    /** The {@code Retry-After} header's value of a problem that has one, else null. */
    static @Nullable String retryAfter(ProblemDetail problem) {
        Object seconds = problem.getProperties() == null ? null : problem.getProperties().get(RETRY_AFTER);
        return seconds == null ? null : seconds.toString();
    }

    private String title(ProblemType type, HttpStatusCode status, Locale locale) {
        if (type.equals(ProblemType.ABOUT_BLANK)) {
            String key = "api.problem.status." + status.value();
            if (TranslationProvider.bundle(locale).containsKey(key)) {
                return text(key, locale);
            }
            HttpStatus known = HttpStatus.resolve(status.value());
            return known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
        }
        return text(type.titleKey(), locale);
    }

    /** The request's locale as the API resolves it (Accept-Language, Chinese by default). */
    public Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    /**
     * Adds what every problem carries: the request path as {@code instance}, and {@code error} unless it has errors.
     */
    ProblemDetail complete(ProblemDetail problem, HttpServletRequest request) {
        if (problem.getInstance() == null) {
            problem.setInstance(instance(request.getRequestURI()));
        }
        boolean hasFieldErrors = problem.getProperties() != null && problem.getProperties().containsKey("errors");
        if (!hasFieldErrors && problem.getDetail() != null
                && (problem.getProperties() == null || !problem.getProperties().containsKey("error"))) {
            problem.setProperty("error", problem.getDetail());
        }
        return problem;
    }

    /** The path asked for, at most {@link JsonBody#ECHO_LIMIT} characters of it; none if it is no valid URI. */
    static URI instance(String path) {
        if (path == null) {
            return null;
        }
        try {
            return URI.create(path.length() > JsonBody.ECHO_LIMIT ? path.substring(0, JsonBody.ECHO_LIMIT) : path);
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    /** Writes the problem as the response, for code that runs outside any controller (filters, security). */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        complete(problem, request);
        response.setStatus(problem.getStatus());
        String retry = retryAfter(problem);
        if (retry != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, retry);
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** {@link #write} of a problem with a translated detail. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, ProblemType type,
                      String detailKey, Object... args) throws IOException {
        Locale locale = locale(request);
        write(request, response, create(status, type, text(detailKey, locale, args), locale));
    }
}
