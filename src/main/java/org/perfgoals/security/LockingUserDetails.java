package org.perfgoals.security;

import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Puts every {@link UserDetailsService} of the application behind {@link LoginAttempts}: a name locked for the
 * client's address, or any name tried from an address that is held back, comes back as a locked account, which
 * Spring Security refuses before it checks the password. Wrapping the service, rather than each place that defines
 * users, keeps the rule for users from any source and for the UI login and HTTP Basic alike.
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
        return (UserDetailsService) username -> switch (attempts.getObject().admit(username)) {
            case CHECK_PASSWORD -> users.loadUserByUsername(username);
            case ACCOUNT_LOCKED -> User.withUserDetails(users.loadUserByUsername(username)).accountLocked(true)
                    .build();
            // Not even looked up: whether the name exists is none of a held-back client's business.
            case ADDRESS_HELD_BACK -> User.withUsername(username == null || username.isEmpty() ? "-" : username)
                    .password("{noop}" + UUID.randomUUID())
                    .accountLocked(true).build();
        };
    }
}
