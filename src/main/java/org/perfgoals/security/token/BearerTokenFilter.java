package org.perfgoals.security.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's {@code Authorization: Bearer pgt_…}: a usable token authenticates the request as its user; any other
 * bearer value (unknown, revoked, expired, a disabled user's, malformed) is a 401 problem at once, saying no more
 * than that. A request without a bearer header goes on to HTTP Basic. Created by the API's filter chain, not a
 * bean, so that it never runs outside {@code /api/**}.
 */
public final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "bearer ";

    private final ApiTokenAuthenticator authenticator;
    private final SecurityContextHolderStrategy contexts;
    private final Problems problems;

    public BearerTokenFilter(ApiTokenAuthenticator authenticator, SecurityContextHolderStrategy contexts,
                             Problems problems) {
        this.authenticator = authenticator;
        this.contexts = contexts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthentication> authentication = authenticator.authenticate(
                header.substring(SCHEME.length()).strip());
        if (authentication.isEmpty()) {
            contexts.clearContext();
            problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHENTICATED,
                    "api.problem.unauthenticated.token");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication.get());
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
