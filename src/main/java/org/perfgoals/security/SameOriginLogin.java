package org.perfgoals.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login POST sent from another site (login CSRF: a foreign page logging the victim's browser in as the
 * attacker). Vaadin exempts its login form from Spring's CSRF token (the web component posts a plain form), so we
 * check where the form came from instead of a token: browsers send {@code Origin} on every cross-origin POST (and
 * {@code "null"} where they hide it), so it must equal this request's own origin, scheme, host and port as seen
 * after the forwarded headers of a trusted proxy. Without an Origin the {@code Referer} decides; a request with
 * neither is not a browser's form post (a script with the password needs no forgery) and passes.
 */
final class SameOriginLogin extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(SameOriginLogin.class);

    private final RequestMatcher loginPost;

    SameOriginLogin(String loginPath) {
        this.loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !loginPost.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        String claimed = origin != null ? origin : request.getHeader("Referer");
        if (claimed == null || sameOrigin(claimed, request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warn("Refused a cross-site login post from {}", claimed.substring(0, Math.min(claimed.length(), 100)));
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    static boolean sameOrigin(String url, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException notAUrl) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false; // "null", a relative or garbled value: not provably ours
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port(scheme, uri.getPort()) == port(scheme, request.getServerPort());
    }

    private static int port(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return "https".equals(scheme) ? 443 : 80;
    }
}
