package org.perfgoals.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.perfgoals.base.api.Overload;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed form login goes back to the login view with {@code ?error} (as Spring Security's default does), unless
 * it failed because the user could not be read for want of a database connection: that is no wrong password, and
 * it goes on as a failure, which {@code BusyDatabase} answers with 503 and a "busy" page.
 */
final class LoginFailure implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler wrongCredentials;

    LoginFailure(String failureUrl) {
        this.wrongCredentials = new SimpleUrlAuthenticationFailureHandler(failureUrl);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        if (Overload.is(failure)) {
            throw new ServletException("The login could not be checked: the database is busy", failure);
        }
        wrongCredentials.onAuthenticationFailure(request, response, failure);
    }
}
