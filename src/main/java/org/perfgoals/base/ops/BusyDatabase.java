package org.perfgoals.base.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.perfgoals.base.api.Overload;
import org.perfgoals.base.i18n.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed because the database could not answer now ({@link Overload}: no pooled connection in time,
 * a statement past its timeout) anywhere outside a controller, in Spring Security's filters above all (a login's
 * user lookup and its attempt count, the session's access check), is answered 503 with {@code Retry-After}, not 500,
 * by a page that says the system is busy and reloads with a GET. The UI's own failures are answered where they
 * happen (BusyDatabaseNotice); what reaches this filter had no answer yet. The REST API is left to its own error
 * path, which answers the same failures with a 503 problem detail ({@code ApiErrorController}). Any other failure
 * goes on to the container as before.
 */
class BusyDatabase extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BusyDatabase.class);

    private final UnavailablePage page;
    private final int retryAfterSeconds;

    BusyDatabase(TranslationProvider messages, int retryAfterSeconds) {
        this.page = new UnavailablePage(messages);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return UnavailablePage.path(request).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!Overload.is(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.warn("{} {} answered 503, the database is busy: {}", request.getMethod(), request.getRequestURI(),
                    failure.toString());
            response.reset();
            page.write(response, "busy.title", "busy.message", retryAfterSeconds, reloadPath(request));
        }
    }

    /** A refused login post reloads the login page, anything else the page it was on. */
    private static String reloadPath(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) ? UnavailablePage.samePage(request) : request.getRequestURI();
    }
}
