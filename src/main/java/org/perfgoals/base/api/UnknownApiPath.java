package org.perfgoals.base.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API path no endpoint serves is a 404 problem ({@link ProblemType#UNKNOWN_PATH}), whatever the method. Without
 * it the UI's catch-all mapping would answer with the application's HTML page and 200. Every real endpoint's
 * pattern is more specific than {@code /api/**}, so it still wins.
 */
@RestController
class UnknownApiPath {

    /** No endpoint serves this method and path. */
    static final class NoEndpoint extends RuntimeException {

        private final String method;
        private final String path;

        NoEndpoint(String method, String path) {
            super("No endpoint " + method + " " + JsonBody.prefix(path));
            this.method = method;
            this.path = path;
        }

        String method() { return method; }
        String path() { return path; }
    }

    @RequestMapping("/api/**")
    Object notFound(HttpServletRequest request) {
        throw new NoEndpoint(request.getMethod(), request.getRequestURI());
    }
}
