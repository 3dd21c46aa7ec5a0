package org.perfgoals.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.perfgoals.base.api.ProblemType;
import org.perfgoals.base.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API caller who must change the password (a first or reset one) may read {@code GET /api/v1/me} and change it
 * with {@code PUT /api/v1/me/password}; every other request is refused with 403 and
 * {@code error: "passwordChangeRequired"}, after authentication and before any controller reads the body.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    /** 403: the password must be changed first ({@code error: "passwordChangeRequired"}). */
    static final ProblemType PASSWORD_CHANGE_REQUIRED = new ProblemType("password-change-required");
    static final String ERROR = "passwordChangeRequired";
    static final String ME = "/api/v1/me";
    static final String ME_PASSWORD = "/api/v1/me/password";

    private final Problems problems;

    PasswordChangeGate(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The request wrapped by Spring Security reads the chain's own security context.
        if (request.getUserPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof AppUser user
                && user.mustChangePassword() && !allowed(request)) {
            ProblemDetail problem = problems.create(HttpStatus.FORBIDDEN, PASSWORD_CHANGE_REQUIRED,
                    problems.text("api.problem.password-change-required.detail", problems.locale(request)),
                    problems.locale(request));
            problem.setProperty("error", ERROR);
            problems.write(request, response, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ("GET".equals(request.getMethod()) && ME.equals(path))
                || ("PUT".equals(request.getMethod()) && ME_PASSWORD.equals(path));
    }
}
