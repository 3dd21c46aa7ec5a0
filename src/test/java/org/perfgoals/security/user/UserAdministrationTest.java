package org.perfgoals.security.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.SpringTest;
import org.perfgoals.security.AppUser;
import org.perfgoals.security.Role;
import org.perfgoals.security.domain.PasswordPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The service behind the users' administration: admin only, one-time passwords that hold the policy. */
class UserAdministrationTest extends SpringTest {

    @Autowired
    private UserAdministration administration;
    @Autowired
    private UserDetailsService users;

    private void loginAs(String username) {
        AppUser user = (AppUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void only_an_admin_may_call_it() {
        for (String user : new String[] {"manager", "leader", "staff"}) {
            loginAs(user);
            assertThatThrownBy(() -> administration.list(0, 10)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.create(new NewUser("by." + user, "x", null, null,
                    Set.of(Role.STAFF)))).as(user).isInstanceOf(AccessDeniedException.class);
        }
        logout();
        assertThatThrownBy(administration::authorize).isInstanceOf(RuntimeException.class);
    }

    @Test
    void one_time_passwords_are_distinct_and_hold_the_policy() {
        loginAs("admin");
        Set<String> seen = new HashSet<>();
        UserAdministration.Created created = administration.create(new NewUser("policy.check", "x", null, null,
                Set.of(Role.STAFF)));
        seen.add(created.initialPassword());
        for (int i = 0; i < 5; i++) {
            seen.add(administration.resetPassword(created.user().id()).initialPassword());
        }
        assertThat(seen).hasSize(6).allSatisfy(password -> {
            assertThat(password).hasSize(20);
            assertThat(PasswordPolicy.standard().check("policy.check", password)).isEmpty();
        });
        assertThat(administration.get(created.user().id()).mustChangePassword()).isTrue();
    }
}
