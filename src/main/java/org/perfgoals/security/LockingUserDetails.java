package org.perfgoals.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Puts every {@link UserDetailsService} of the application behind {@link LoginAttempts}: a locked name comes back as
 * a locked account, which Spring Security refuses before it checks the password. Wrapping the service, rather than
 * each place that defines users, keeps the rule for users from any source.
 */
class LockingUserDetails implements BeanPostProcessor {

    private final ObjectProvider<LoginAttempts> attempts;

    LockingUserDetails(ObjectProvider<LoginAttempts> attempts) {
        this.attempts = attempts;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof UserDetailsService users)) {
            return bean;
        }
        return (UserDetailsService) username -> {
            UserDetails user = users.loadUserByUsername(username);
            return attempts.getObject().isLocked(username) ? User.withUserDetails(user).accountLocked(true).build()
                    : user;
        };
    }
}
