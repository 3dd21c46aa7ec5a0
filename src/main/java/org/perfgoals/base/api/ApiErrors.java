package org.perfgoals.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one handler of REST errors: every failure of a REST controller becomes a problem detail ({@link Problems}).
 * What a failure means is looked up in the features' {@link ProblemCatalog}s; Spring MVC's own failures (wrong type
 * of a path variable, unreadable body, wrong method or media type) come through {@link ResponseEntityExceptionHandler}
 * and are rewritten here with translated texts; anything else is an unexpected 500 whose cause is logged, not told.
 * Limited to {@code @RestController}s: Vaadin's pages keep their own error views.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final Problems problems;
    private final ProblemMappings mappings = new ProblemMappings();

    ApiErrors(Problems problems, List<ProblemCatalog> catalogs) {
        this.problems = problems;
        catalogs.forEach(catalog -> catalog.describe(mappings));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> failure(Exception failure, HttpServletRequest request) {
        Locale locale = problems.locale(request);
        ProblemDetail problem = mappings.problem(failure, locale);
        if (problem == null && Overload.is(failure)) {
            LOG.warn("{} {} refused with 503, the database cannot answer now: {}", request.getMethod(),
                    request.getRequestURI(), failure.toString());
            problem = problems.unavailable(locale);
        }
        if (problem == null) {
            LOG.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), failure);
            problem = problems.create(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL_ERROR,
                    problems.text("api.problem.internal-error.detail", locale), locale);
        }
        return respond(problem, new HttpHeaders(), request);
    }

    /** Spring MVC's own failures, told in the caller's language instead of Spring's English defaults. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest webRequest) {
        HttpServletRequest request = ((NativeWebRequest) webRequest).getNativeRequest(HttpServletRequest.class);
        Locale locale = problems.locale(request);
        return respond(framework(failure, status, locale), headers, request);
    }

    private ProblemDetail framework(Exception failure, HttpStatusCode status, Locale locale) {
        if (failure instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            return field(mismatch.getPropertyName(), "typeMismatch", locale);
        }
        if (failure instanceof MissingServletRequestParameterException missing) {
            return field(missing.getParameterName(), "missingParameter", locale);
        }
        if (failure instanceof HttpMessageNotReadableException) {
            return problems.fields(ProblemType.INVALID_BODY, List.of(new FieldProblem("body", "malformed",
                    problems.text("api.error.malformed", locale))), locale);
        }
        if (failure instanceof ResponseStatusException refused && refused.getReason() != null
                && status.value() == HttpStatus.BAD_REQUEST.value()) {
            // Our own controllers' parameter checks (page, size, quarter); the reason names the allowed values.
            return problems.create(status, ProblemType.BAD_REQUEST, refused.getReason(), locale);
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return problems.create(status, ProblemType.ABOUT_BLANK, problems.text("api.problem.status.detail", locale,
                status.value(), known == null ? "" : known.getReasonPhrase()), locale);
    }

    private ProblemDetail field(String name, String code, Locale locale) {
        String field = JsonBody.prefix(name);
        ProblemDetail problem = problems.fields(ProblemType.BAD_REQUEST, List.of(new FieldProblem(field, code,
                problems.text("api.problem.bad-request." + code, locale, field))), locale);
        return problem;
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers, HttpServletRequest request) {
        problems.complete(problem, request);
        HttpHeaders all = new HttpHeaders();
        all.putAll(headers);
        String retry = Problems.retryAfter(problem);
        if (retry != null) {
            all.set(HttpHeaders.RETRY_AFTER, retry);
        }
        // Set, not negotiated: a client that asked for a spreadsheet still learns why it got none.
        return ResponseEntity.status(problem.getStatus()).headers(all)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
