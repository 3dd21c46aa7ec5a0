package org.perfgoals.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * An API path no endpoint serves is a 404 problem ({@link ProblemType#UNKNOWN_PATH}), whatever the method; a path
 * that an endpoint serves with other methods is a 405 naming them in {@code Allow}. Without this the UI's catch-all
 * mapping would answer with the application's HTML page and 200. Every real endpoint's pattern is more specific than
 * {@code /api/**}, so it still wins; a real path asked with a wrong method reaches this mapping instead of Spring's
 * own 405, hence the look-up of the methods the path has.
 */
@RestController
class UnknownApiPath {

    private static final String FALLBACK = "/api/**";

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    UnknownApiPath(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

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

    @RequestMapping(FALLBACK)
    Object notFound(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        Set<String> allowed = methodsServing(request.getRequestURI().substring(request.getContextPath().length()));
        if (!allowed.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
        }
        throw new NoEndpoint(request.getMethod(), request.getRequestURI());
    }

    private Set<String> methodsServing(String path) {
        PathContainer container = PathContainer.parsePath(path);
        Set<String> methods = new TreeSet<>();
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return methods;
        }
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
            if (patterns == null || patterns.getPatternValues().contains(FALLBACK)) {
                continue;
            }
            for (PathPattern pattern : patterns.getPatterns()) {
                if (pattern.matches(container)) {
                    info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
                }
            }
        }
        return methods;
    }
}
