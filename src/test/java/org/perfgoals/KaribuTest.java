package org.perfgoals;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.perfgoals.security.AppUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the view tests: the whole Spring application with the demo data, a mocked Vaadin servlet, and a login
 * helper that puts a demo user into both Spring Security and the fake request (Karibu 2.7 has no security bridge).
 */
public abstract class KaribuTest extends SpringTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AuthenticationConfiguration authentication;
    /** This context's strategy: several test contexts live in one JVM, each with its own. */
    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    @BeforeAll
    static void discoverRoutes() {
        routes = KaribuSupport.routes();
    }

    @BeforeEach
    void setUpVaadin() {
        KaribuSupport.openSession(routes, context);
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs in one of the demo users (admin, leader, manager, staff) and reloads the UI as that user. */
    protected AppUser login(String username) {
        return KaribuSupport.login(users, securityContexts, username);
    }

    /**
     * Signs in with a password as the login form does: through the application's authentication manager, which
     * the UI's security chain asks, so that lockouts, the last login and the audit log see it. A refusal is thrown
     * ({@code BadCredentialsException}, {@code DisabledException}, {@code LockedException}).
     */
    protected AppUser loginWithPassword(String username, String password) throws Exception {
        return KaribuSupport.signIn(securityContexts, authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)));
    }

    protected void logout() {
        securityContexts.clearContext();
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }
}
