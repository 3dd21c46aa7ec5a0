package org.perfgoals.base.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Boot's {@code /error}, which renders what failed outside any controller (a filter's exception, a
 * {@code sendError}): for an API path the JSON variant is a problem detail like every other REST error, its cause
 * never told; for the UI's paths nothing changes.
 */
class ApiErrorController extends BasicErrorController {

    private final Problems problems;

    ApiErrorController(ErrorAttributes attributes, ErrorProperties properties, List<ErrorViewResolver> resolvers,
                       Problems problems) {
        super(attributes, properties, resolvers);
        this.problems = problems;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(path instanceof String uri) || !uri.startsWith(request.getContextPath() + "/api/")) {
            return super.error(request);
        }
        Locale locale = problems.locale(request);
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && Overload.is(failure)) {
            // A filter's database read (a token, a user) found no connection: as busy as a controller's would be.
            ProblemDetail problem = problems.unavailable(locale);
            problem.setInstance(Problems.instance(uri));
            problems.complete(problem, request);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Problems.retryAfter(problem))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(members(problem));
        }
        HttpStatus status = getStatus(request);
        ProblemDetail problem = status.is5xxServerError()
                ? problems.create(status, ProblemType.INTERNAL_ERROR,
                        problems.text("api.problem.internal-error.detail", locale), locale)
                : problems.create(status, ProblemType.ABOUT_BLANK, problems.text("api.problem.status.detail",
                        locale, status.value(), status.getReasonPhrase()), locale);
        problem.setInstance(Problems.instance(uri));
        problems.complete(problem, request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(members(problem));
    }

    /** The problem as the map Boot's error controller answers with, members in the problem's order. */
    private static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }
}
