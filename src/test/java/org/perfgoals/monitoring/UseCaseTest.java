package org.perfgoals.monitoring;

import org.junit.jupiter.api.AfterEach;
import org.perfgoals.SeedProjects;
import org.perfgoals.SpringTest;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.AppUser;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the tests of monitoring's use-case services: the application without a server, and a login as one of the
 * demo users (admin, leader, manager and staff of the hotline's unit), so each rule is checked as the role it is for.
 */
abstract class UseCaseTest extends SpringTest {

    @Autowired
    protected ProjectService projects;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    /** Signs in a demo user for what follows in the test. */
    protected void loginAs(String username) {
        AppUser user = (AppUser) users.loadUserByUsername(username);
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        securityContexts.getContext().setAuthentication(authentication);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    @AfterEach
    void logout() {
        securityContexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    protected long hotline() {
        return SystemAuthentication.call(() -> SeedProjects.hotline(projects));
    }

    protected long project(String query) {
        return SystemAuthentication.call(() -> SeedProjects.id(projects, query));
    }
}
