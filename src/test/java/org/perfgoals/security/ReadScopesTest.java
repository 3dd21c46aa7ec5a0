package org.perfgoals.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The read scope of a unit is its subtree, asked of the unit table once per request and authentication: a second
 * question in the same request is answered from the first, a new request or another authentication (the system's
 * own work inside a request) asks again, and work outside any request always asks.
 */
class ReadScopesTest {

    private final List<String> asked = new ArrayList<>();
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final ReadScopes scopes;

    ReadScopesTest() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("contexts", contexts));
        scopes = new ReadScopes(new CurrentUser(beans.getBeanProvider(SecurityContextHolderStrategy.class)),
                new Tree());
    }

    /** 上级 has 下级 below it; every question is noted. */
    private final class Tree implements UnitHierarchy {
        @Override
        public Set<String> unitAndBelow(String unitName) {
            asked.add(unitName);
            return "上级".equals(unitName) ? Set.of("上级", "下级") : Set.of(unitName);
        }

        @Override
        public Optional<String> nameOf(long unitId) {
            return Optional.empty();
        }

        @Override
        public boolean exists(String unitName) {
            return true;
        }

        @Override
        public List<UnitChoice> choices() {
            return List.of();
        }

        @Override
        public Map<String, Long> idsByName() {
            return Map.of();
        }
    }

    private void signIn(String username, String unit, Role role) {
        AppUser user = new AppUser(username, "", unit, Set.of(role));
        contexts.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @AfterEach
    void clear() {
        contexts.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_request_asks_for_the_subtree_once() {
        newRequest();
        signIn("manager", "上级", Role.MANAGER);
        assertThat(scopes.current()).isEqualTo(new ReadScope.Units(Set.of("上级", "下级")));
        assertThat(scopes.current()).isEqualTo(new ReadScope.Units(Set.of("上级", "下级")));
        assertThat(asked).containsExactly("上级");

        newRequest();
        assertThat(scopes.current()).isEqualTo(new ReadScope.Units(Set.of("上级", "下级")));
        assertThat(asked).as("a new request asks again").containsExactly("上级", "上级");
    }

    @Test
    void another_authentication_in_the_same_request_gets_its_own_scope() {
        newRequest();
        signIn("manager", "上级", Role.MANAGER);
        assertThat(scopes.current()).isEqualTo(new ReadScope.Units(Set.of("上级", "下级")));
        signIn("staff", "下级", Role.STAFF);
        assertThat(scopes.current()).isEqualTo(new ReadScope.Units(Set.of("下级")));
        assertThat(asked).containsExactly("上级", "下级");
    }

    @Test
    void work_outside_a_request_asks_every_time() {
        signIn("leader", "上级", Role.LEADER);
        scopes.current();
        scopes.current();
        assertThat(asked).containsExactly("上级", "上级");
    }
}
