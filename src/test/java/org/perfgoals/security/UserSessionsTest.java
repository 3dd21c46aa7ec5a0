package org.perfgoals.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perfgoals.SpringTest;
import org.perfgoals.security.user.UserAccessChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A password change ends the user's other sessions, a disable all of them; other users' sessions go on. */
class UserSessionsTest extends SpringTest {

    @Autowired
    private SessionRegistry registry;
    @Autowired
    private UserSessions sessions;
    @Autowired
    private ApplicationEventPublisher events;

    private static AppUser user(String name) {
        return new AppUser(name, "", null, Set.of(Role.STAFF));
    }

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
        for (String id : new String[] {"here", "there", "elsewhere", "leaders"}) {
            registry.removeSessionInformation(id);
        }
    }

    @Test
    void a_password_change_ends_every_session_of_the_user_but_the_one_it_was_made_in() {
        registry.registerNewSession("here", user("staff"));
        registry.registerNewSession("there", user("staff"));
        registry.registerNewSession("elsewhere", user("staff"));
        registry.registerNewSession("leaders", user("leader"));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, "here"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        events.publishEvent(new UserAccessChanged("staff", UserAccessChanged.Reason.PASSWORD_CHANGED));

        assertThat(registry.getSessionInformation("here").isExpired()).isFalse();
        assertThat(registry.getSessionInformation("there").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("elsewhere").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("leaders").isExpired()).isFalse();
        assertThat(sessions.count("staff")).as("live sessions").isEqualTo(1);
    }

    @Test
    void a_disable_ends_all_of_them() {
        registry.registerNewSession("here", user("staff"));
        registry.registerNewSession("there", user("staff"));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, "here"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        events.publishEvent(new UserAccessChanged("staff", UserAccessChanged.Reason.DISABLED));

        assertThat(sessions.count("staff")).isZero();
    }
}
