package org.perfgoals;

import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.perfgoals.security.AppUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of service tests that call a service as one of the demo users (admin, leader, manager, staff), so that each
 * rule is checked as the role it is for; signed out after every test.
 */
public abstract class SignedInTest extends SpringTest {

    @Autowired
    private UserDetailsService users;
    /** This context's strategy: several test contexts share the JVM's static holder. */
    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    /** Signs in a demo user for what follows in the test. */
    protected void loginAs(String username) {
        AppUser user = (AppUser) users.loadUserByUsername(username);
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        securityContexts.getContext().setAuthentication(authentication);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    /** What {@code work} answers when {@code username} asks. */
    protected <T> T as(String username, Supplier<T> work) {
        loginAs(username);
        return work.get();
    }

    @AfterEach
    void logout() {
        securityContexts.clearContext();
        SecurityContextHolder.clearContext();
    }
}
