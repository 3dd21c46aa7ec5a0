package org.perfgoals.security.dev;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo users (password {@code demo}), created as stored users on a start where they are missing, so that the
 * demo logs in through the same code as production. Only in the demo profile: production refuses to start while
 * any user has this password.
 */
@Component
@Profile("demo")
class DemoUsers {

    static final String DEMO_UNIT = "上海市人力资源和社会保障局咨询服务中心";
    static final String PASSWORD = "demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    private static final List<NewUser> USERS = List.of(
            new NewUser("admin", "系统管理员", null, null, Set.of(Role.ADMIN)),
            new NewUser("leader", "领导", null, null, Set.of(Role.LEADER)),
            new NewUser("manager", "单位管理员", null, DEMO_UNIT, Set.of(Role.MANAGER)),
            new NewUser("staff", "填报人员", null, DEMO_UNIT, Set.of(Role.STAFF)));

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    /** One hash for all four, made once: the tests create them again for every class. */
    private @Nullable String hash;

    DemoUsers(UserAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** Before the seed and everything else that may act as a user. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(-100)
    public void createMissingDemoUsers() {
        SystemAuthentication.run(() -> {
            List<NewUser> missing = USERS.stream().filter(user -> !accounts.exists(user.username())).toList();
            missing.forEach(user -> accounts.createEncoded(user, hash(), false));
            if (!missing.isEmpty()) {
                LOG.info("Created {} demo users (password '{}')", missing.size(), PASSWORD);
            }
        });
    }

    private String hash() {
        if (hash == null) {
            hash = encoder.encode(PASSWORD);
        }
        return hash;
    }
}
