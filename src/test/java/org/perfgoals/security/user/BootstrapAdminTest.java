package org.perfgoals.security.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.perfgoals.SpringTest;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.AppUser;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The production profile on an empty database: only the bootstrap admin, who must change the password. The methods
 * run in name order: the last one adds a user.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
@ActiveProfiles(value = {"prod", "test"}, inheritProfiles = false)
@TestPropertySource(properties = "perfgoals.bootstrap.admin-password=Bootstrap-Secret-2026")
class BootstrapAdminTest extends SpringTest {

    @Autowired
    private UserAccounts accounts;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private PasswordEncoder encoder;
    @Autowired
    private BootstrapAdmin bootstrap;
    @Autowired
    private ProjectService projects;

    @Test
    void only_the_bootstrap_admin_exists_with_the_configured_password_to_be_changed_and_no_demo_data() {
        assertThat(accounts.count()).isEqualTo(1);
        AppUser admin = (AppUser) users.loadUserByUsername("admin");
        assertThat(encoder.matches("Bootstrap-Secret-2026", admin.getPassword())).isTrue();
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        for (String demo : new String[] {"leader", "manager", "staff"}) {
            assertThatThrownBy(() -> users.loadUserByUsername(demo)).isInstanceOf(UsernameNotFoundException.class);
        }
        assertThat(SystemAuthentication.call(() -> projects.count(ProjectFilter.ALL))).as("no seed").isZero();
    }

    @Test
    void a_second_start_creates_no_second_admin() {
        SystemAuthentication.run(bootstrap::createAdminAndRefuseDemoPasswords);
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void the_start_is_refused_while_a_user_has_the_demo_password() {
        SystemAuthentication.run(() -> accounts.create(new NewUser("leader", "L", null, null, Set.of(Role.LEADER)),
                "demo", false));
        assertThatThrownBy(() -> SystemAuthentication.run(bootstrap::createAdminAndRefuseDemoPasswords))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[leader]")
                .hasMessageContaining("demo password");
        SystemAuthentication.run(() -> accounts.setEnabled("leader", false));
        SystemAuthentication.run(bootstrap::createAdminAndRefuseDemoPasswords);
    }
}
