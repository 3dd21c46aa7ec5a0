package org.perfgoals.security.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfgoals.MovingClock;
import org.perfgoals.SpringTest;
import org.perfgoals.security.AppUser;
import org.perfgoals.security.LoginAttempts;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.domain.LoginGuard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo's users are stored ones; passwords change under the policy; failed logins outlive the guard. */
class StoredUsersTest extends SpringTest {

    @Autowired
    private UserAccounts accounts;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private PasswordEncoder encoder;
    @Autowired
    private StoredLoginState state;
    @Autowired
    private LoginAttempts attempts;
    @Autowired
    private Clock clock;
    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void the_four_demo_users_are_stored_with_their_unit_and_role() {
        for (String name : new String[] {"admin", "leader", "manager", "staff"}) {
            assertThat(accounts.exists(name)).as(name).isTrue();
        }
        UserRecord manager = accounts.find("manager").orElseThrow();
        assertThat(manager.unit()).isEqualTo("上海市人力资源和社会保障局咨询服务中心");
        assertThat(manager.roles()).containsExactly(Role.MANAGER);
        assertThat(manager.enabled()).isTrue();
        assertThat(manager.mustChangePassword()).isFalse();
        assertThat(accounts.find("admin").orElseThrow().unit()).isNull();
        AppUser loaded = (AppUser) users.loadUserByUsername(" Manager ");
        assertThat(loaded.getUsername()).as("names are folded to lower case").isEqualTo("manager");
        assertThat(encoder.matches("demo", loaded.getPassword())).isTrue();
        assertThat(loaded.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MANAGER");
        assertThatThrownBy(() -> users.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void only_an_admin_creates_users() {
        signIn("staff");
        try {
            assertThatThrownBy(() -> accounts.create(new NewUser("x1", "X", null, null, Set.of(Role.STAFF)),
                    "whatever-long-1", false)).isInstanceOf(
                    org.springframework.security.access.AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
        UserRecord created = SystemAuthentication.call(() -> accounts.create(new NewUser("New.User", "新用户",
                "new@example.org", "上海市人才服务中心", Set.of(Role.STAFF, Role.MANAGER)), "Initial-Secret-9", true));
        assertThat(created.username()).isEqualTo("new.user");
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.MANAGER);
        assertThat(((AppUser) users.loadUserByUsername("new.user")).mustChangePassword()).isTrue();
    }

    @Test
    void a_password_change_checks_the_current_password_and_the_policy_and_changes_nothing_when_refused() {
        SystemAuthentication.run(() -> accounts.create(new NewUser("changer", "C", null, null, Set.of(Role.STAFF)),
                "First-Secret-77", true));
        signIn("changer");
        try {
            assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "woaini1314"))
                    .isInstanceOfSatisfying(PasswordChangeException.class, refused ->
                            assertThat(refused.getProblems()).containsExactly(
                                    new PasswordChangeException.Problem(PasswordChangeException.Field.CURRENT,
                                            "wrong"),
                                    new PasswordChangeException.Problem(PasswordChangeException.Field.NEW,
                                            "common")));
            assertThatThrownBy(() -> accounts.changeOwnPassword("First-Secret-77", "First-Secret-77"))
                    .isInstanceOfSatisfying(PasswordChangeException.class, refused ->
                            assertThat(refused.getProblems()).extracting(PasswordChangeException.Problem::code)
                                    .containsExactly("unchanged"));
            assertThat(accounts.mustChangePassword("changer")).isTrue();
            accounts.changeOwnPassword("First-Secret-77", "Second-Secret-88");
        } finally {
            SecurityContextHolder.clearContext();
        }
        AppUser changed = (AppUser) users.loadUserByUsername("changer");
        assertThat(encoder.matches("Second-Secret-88", changed.getPassword())).isTrue();
        assertThat(changed.mustChangePassword()).isFalse();
    }

    @Test
    void a_lock_outlives_the_guard_that_counted_it_as_after_a_restart_or_on_another_node() {
        LoginGuard.Settings settings = new LoginGuard.Settings(3, Duration.ofMinutes(15), 10, Duration.ofSeconds(1),
                Duration.ofMinutes(15), 10_000);
        LoginGuard before = new LoginGuard(clock, settings, new DatabaseLoginStore(state));
        for (int i = 0; i < 3; i++) {
            before.failed("leader", "10.0.0.9");
        }
        LoginGuard afterRestart = new LoginGuard(clock, settings, new DatabaseLoginStore(state));
        assertThat(afterRestart.admit("leader", "10.0.0.9")).isEqualTo(LoginGuard.Verdict.ACCOUNT_LOCKED);
        assertThat(afterRestart.admit("leader", "10.0.0.8")).isEqualTo(LoginGuard.Verdict.CHECK_PASSWORD);
        assertThat(attempts.isLocked("leader")).as("the application's own guard reads the same rows").isTrue();
        afterRestart.succeeded("leader");
        assertThat(before.isLocked("leader")).isFalse();
    }

    @Test
    void a_lock_ends_at_the_instant_it_says_although_the_database_keeps_only_microseconds() {
        MovingClock nanos = new MovingClock(Instant.parse("2026-11-27T08:00:00.000000999Z"));
        LoginGuard guard = new LoginGuard(nanos, new LoginGuard.Settings(1, Duration.ofMinutes(15), 0,
                Duration.ofSeconds(60), Duration.ofMinutes(15), 10_000), new DatabaseLoginStore(state));
        guard.failed("staff", "10.0.0.6");
        assertThat(guard.admit("staff", "10.0.0.5")).as("held back by the address's first failure")
                .isEqualTo(LoginGuard.Verdict.CHECK_PASSWORD);
        assertThat(guard.admit("staff", "10.0.0.6")).isEqualTo(LoginGuard.Verdict.ADDRESS_HELD_BACK);
        nanos.advance(Duration.ofSeconds(60));
        assertThat(guard.admit("staff", "10.0.0.6")).isEqualTo(LoginGuard.Verdict.ACCOUNT_LOCKED);
        nanos.advance(Duration.ofMinutes(14));
        assertThat(guard.admit("staff", "10.0.0.6")).isEqualTo(LoginGuard.Verdict.CHECK_PASSWORD);
    }

    @Test
    void a_successful_login_is_noted_as_the_last_login() {
        assertThat(accounts.find("staff").orElseThrow().lastLoginAt()).isNull();
        AppUser staff = (AppUser) users.loadUserByUsername("staff");
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities())));
        assertThat(accounts.find("staff").orElseThrow().lastLoginAt()).isNotNull();
    }

    @Test
    void a_user_name_longer_than_the_column_is_counted_by_its_digest() {
        LoginGuard guard = new LoginGuard(clock, new LoginGuard.Settings(2, Duration.ofMinutes(15), 10,
                Duration.ofSeconds(1), Duration.ofMinutes(15), 10_000), new DatabaseLoginStore(state));
        String name = "x".repeat(5000);
        guard.failed(name, "10.0.0.7");
        guard.failed(name, "10.0.0.7");
        assertThat(guard.isLocked(name)).isTrue();
    }

    private void signIn(String username) {
        AppUser user = (AppUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
