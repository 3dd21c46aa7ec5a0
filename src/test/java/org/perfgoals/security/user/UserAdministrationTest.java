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
import org.perfgoals.security.UserSessions;
import org.perfgoals.security.domain.PasswordPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The service behind the users' administration: admin only, one-time passwords that hold the policy. */
class UserAdministrationTest extends SpringTest {

    @Autowired
    private UserAdministration administration;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private SessionRegistry registry;
    @Autowired
    private UserSessions sessions;

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

    @Test
    void a_reset_a_change_of_roles_and_a_disable_end_the_users_sessions() {
        loginAs("admin");
        long id = administration.create(new NewUser("session.holder", "x", null, "上海市人才服务中心", Set.of(Role.STAFF)))
                .user().id();
        AppUser holder = new AppUser("session.holder", "", null, Set.of(Role.STAFF));
        registry.registerNewSession("s1", holder);
        administration.resetPassword(id);
        assertThat(sessions.count("session.holder")).as("after a reset").isZero();
        registry.registerNewSession("s2", holder);
        administration.change(id, new UserChange(null, Set.of(Role.MANAGER), false, null));
        assertThat(sessions.count("session.holder")).as("after a change of roles").isZero();
        registry.registerNewSession("s3", holder);
        administration.change(id, new UserChange(null, null, false, null));
        assertThat(sessions.count("session.holder")).as("nothing changed, nothing ends").isEqualTo(1);
        administration.change(id, new UserChange(false, null, false, null));
        assertThat(sessions.count("session.holder")).as("after a disable").isZero();
        assertThat(administration.get(id).enabled()).isFalse();
        assertThat(administration.get(id).roles()).containsExactly(Role.MANAGER);
    }
}
