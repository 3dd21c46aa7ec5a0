package org.perfgoals.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.SpringTest;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A verified Basic credential is served from the cache until the password changes, the user fails or is disabled. */
class CredentialCacheTest extends SpringTest {

    @Autowired
    private UserDetailsService users;
    @Autowired
    private PasswordEncoder encoder;
    @Autowired
    private CredentialCache cache;
    @Autowired
    private LoginAttempts attempts;
    @Autowired
    private UserAccounts accounts;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private JdbcClient jdbc;

    private final AtomicInteger checks = new AtomicInteger();
    private AuthenticationProvider provider;

    @BeforeEach
    void countFullChecks() {
        cache.clear();
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        AuthenticationProvider counting = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                checks.incrementAndGet();
                return dao.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        provider = new CachingBasicAuthentication(counting, cache, users);
    }

    private Authentication login(String username, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void the_password_is_checked_once_and_then_served_from_the_cache() {
        Authentication first = login("staff", "demo");
        Authentication second = login("staff", "demo");
        login("Staff", "demo");
        assertThat(checks).as("one full check").hasValue(1);
        assertThat(CredentialCache.isFromCache(first)).isFalse();
        assertThat(CredentialCache.isFromCache(second)).isTrue();
        assertThat(((AppUser) second.getPrincipal()).getUnit()).isEqualTo(((AppUser) first.getPrincipal()).getUnit());
        assertThat(second.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_STAFF");
    }

    @Test
    void a_wrong_password_is_never_cached_and_a_failure_evicts_the_name() {
        login("leader", "demo");
        assertThatThrownBy(() -> login("leader", "guess")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("leader", "guess")).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).as("both wrong ones checked in full").hasValue(3);
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated("leader", "guess"),
                new BadCredentialsException("wrong")));
        login("leader", "demo");
        assertThat(checks).as("the failure evicted leader's credential").hasValue(4);
    }

    @Test
    void a_password_change_evicts_the_old_credential() {
        SystemAuthentication.run(() -> accounts.create(new NewUser("cached", "C", null, null, Set.of(Role.STAFF)),
                "Old-Password-123", false));
        login("cached", "Old-Password-123");
        login("cached", "Old-Password-123");
        assertThat(checks).hasValue(1);
        Authentication self = login("cached", "Old-Password-123");
        SecurityContextHolder.getContext().setAuthentication(self);
        try {
            accounts.changeOwnPassword("Old-Password-123", "New-Password-456");
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThatThrownBy(() -> login("cached", "Old-Password-123")).isInstanceOf(BadCredentialsException.class);
        assertThat(login("cached", "New-Password-456").isAuthenticated()).isTrue();
    }

    @Test
    void disabling_a_user_evicts_their_credential() {
        login("manager", "demo");
        SystemAuthentication.run(() -> accounts.setEnabled("manager", false));
        assertThatThrownBy(() -> login("manager", "demo"))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }

    @Test
    void a_password_change_or_disable_on_another_node_holds_at_the_next_request_without_any_event() {
        SystemAuthentication.run(() -> accounts.create(new NewUser("remote", "R", null, null, Set.of(Role.STAFF)),
                "Remote-Password-1", false));
        login("remote", "Remote-Password-1");
        assertThat(CredentialCache.isFromCache(login("remote", "Remote-Password-1"))).isTrue();

        // Another node stores a new hash (a password change there): no event reaches this node.
        jdbc.sql("update app_user set password_hash = :hash where username = 'remote'")
                .param("hash", encoder.encode("Remote-Password-2")).update();
        assertThatThrownBy(() -> login("remote", "Remote-Password-1")).isInstanceOf(BadCredentialsException.class);
        assertThat(CredentialCache.isFromCache(login("remote", "Remote-Password-2"))).isFalse();
        assertThat(CredentialCache.isFromCache(login("remote", "Remote-Password-2"))).isTrue();

        jdbc.sql("update app_user set enabled = false where username = 'remote'").update();
        assertThatThrownBy(() -> login("remote", "Remote-Password-2"))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }

    @Test
    void a_hit_carries_the_roles_stored_now() {
        login("staff", "demo");
        long id = jdbc.sql("select id from app_user where username = 'staff'").query(Long.class).single();
        jdbc.sql("insert into app_user_role (user_id, role) values (:id, 'MANAGER')").param("id", id).update();
        try {
            Authentication hit = login("staff", "demo");
            assertThat(CredentialCache.isFromCache(hit)).isTrue();
            assertThat(hit.getAuthorities()).extracting(Object::toString)
                    .containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_MANAGER");
        } finally {
            jdbc.sql("delete from app_user_role where user_id = :id and role = 'MANAGER'").param("id", id).update();
        }
    }
}
