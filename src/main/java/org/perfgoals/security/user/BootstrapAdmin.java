package org.perfgoals.security.user;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The production start-up: on a database without any user, creates the administrator {@code admin} with the
 * password from {@code PERFGOALS_ADMIN_PASSWORD} (or {@code perfgoals.bootstrap.admin-password}), or else a random
 * one written once to the log; either way it must be changed at the first login. Then refuses to start while any
 * enabled user's password is the demo's ({@code demo}).
 */
@Component
@Profile("prod")
class BootstrapAdmin {

    static final String ADMIN = "admin";
    static final String DEMO_PASSWORD = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int RANDOM_LENGTH = 16;

    private final UserAccounts accounts;
    private final String configuredPassword;

    BootstrapAdmin(UserAccounts accounts,
                   @Value("${PERFGOALS_ADMIN_PASSWORD:${perfgoals.bootstrap.admin-password:}}") String password) {
        this.accounts = accounts;
        this.configuredPassword = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(-100)
    public void createAdminAndRefuseDemoPasswords() {
        SystemAuthentication.run(() -> {
            createAdminIfNoUser();
            refuseDemoPasswords();
        });
    }

    void createAdminIfNoUser() {
        if (accounts.count() > 0) {
            return;
        }
        boolean configured = !configuredPassword.isBlank();
        String password = configured ? configuredPassword : randomPassword();
        accounts.create(new NewUser(ADMIN, "Administrator", null, null, Set.of(Role.ADMIN)), password, true);
        if (configured) {
            LOG.warn("Created the administrator '{}' with the configured password; it must be changed at the first "
                    + "login", ADMIN);
        } else {
            LOG.warn("Created the administrator '{}' with the one-time password {} (shown only now); it must be "
                    + "changed at the first login", ADMIN, password);
        }
    }

    void refuseDemoPasswords() {
        List<String> demo = accounts.enabledUsersWithPassword(DEMO_PASSWORD);
        if (!demo.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: the user(s) " + demo
                    + " have the demo password; change or disable them in a demo start first");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
