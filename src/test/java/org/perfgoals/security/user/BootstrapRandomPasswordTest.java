package org.perfgoals.security.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfgoals.SpringTest;
import org.perfgoals.security.AppUser;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The production profile with no admin password configured: a random one is written once to the start-up log.
 * The context started before the output was captured, so the test empties the database and runs the start-up step
 * again, as {@code DatabaseReset} does for the next class.
 */
@ActiveProfiles(value = {"prod", "test"}, inheritProfiles = false)
@TestPropertySource(properties = "perfgoals.bootstrap.admin-password=")
@ExtendWith(OutputCaptureExtension.class)
class BootstrapRandomPasswordTest extends SpringTest {

    private static final Pattern ONE_TIME = Pattern.compile("one-time password (\\S+) \\(shown only now\\)");

    @Autowired
    private UserDetailsService users;
    @Autowired
    private PasswordEncoder encoder;

    @Autowired
    private Flyway flyway;
    @Autowired
    private BootstrapAdmin bootstrap;

    @Test
    void the_random_password_is_logged_once_and_opens_the_admin_account_for_a_change(CapturedOutput output) {
        flyway.clean();
        flyway.migrate();
        SystemAuthentication.run(bootstrap::createAdminAndRefuseDemoPasswords);
        SystemAuthentication.run(bootstrap::createAdminAndRefuseDemoPasswords);
        Matcher logged = ONE_TIME.matcher(output.getAll());
        assertThat(logged.find()).as("the password is in the log").isTrue();
        String password = logged.group(1);
        assertThat(password).hasSize(16);
        assertThat(logged.find()).as("only once, a second start creates no admin").isFalse();
        AppUser admin = (AppUser) users.loadUserByUsername("admin");
        assertThat(encoder.matches(password, admin.getPassword())).isTrue();
        assertThat(admin.mustChangePassword()).isTrue();
    }
}
