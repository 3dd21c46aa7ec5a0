package org.perfgoals.security.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The profile page for every role, and the forced change that stands before every other page. */
class ProfileViewKT extends KaribuTest {

    @Autowired
    private UserAccounts accounts;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private PasswordEncoder encoder;

    private void create(String username, String password, boolean mustChange) {
        SystemAuthentication.run(() -> accounts.create(new NewUser(username, "测试用户", null, "上海市人才服务中心",
                Set.of(Role.STAFF)), password, mustChange));
    }

    private ProfileView open(String username) {
        login(username);
        UI.getCurrent().navigate("profile");
        return _get(ProfileView.class);
    }

    private static void fill(PasswordForm form, String current, String next, String repeat) {
        _setValue(form.current, current);
        _setValue(form.next, next);
        _setValue(form.repeat, repeat);
    }

    @Test
    void every_role_has_the_profile_in_the_menu() {
        for (String role : new String[] {"admin", "leader", "manager", "staff"}) {
            login(role);
            UI.getCurrent().navigate("");
            assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).as(role).contains("profile");
            assertThat(open(role).password).isNotNull();
        }
    }

    @Test
    void the_roles_are_named_in_words() {
        ProfileView view = open("manager");
        assertThat(_find(view, TextField.class)).extracting(TextField::getValue).contains("单位管理员")
                .doesNotContain("MANAGER");
    }

    @Test
    void the_form_shows_each_rule_on_its_field_and_a_wrong_current_password_on_the_current_field() {
        create("formuser", "Initial-Pass-11", false);
        ProfileView view = open("formuser");
        fill(view.password, "Initial-Pass-11", "woaini1314", "woaini1314");
        _click(view.password.save);
        assertThat(view.password.next.isInvalid()).isTrue();
        assertThat(view.password.next.getErrorMessage()).isEqualTo("这是最常见的密码之一，请另选一个。");
        fill(view.password, "Initial-Pass-11", "Good-New-Pass-1", "Good-New-Pass-2");
        _click(view.password.save);
        assertThat(view.password.repeat.getErrorMessage()).isEqualTo("两次输入的新密码不一致。");
        fill(view.password, "not-my-password", "Good-New-Pass-1", "Good-New-Pass-1");
        _click(view.password.save);
        assertThat(view.password.current.isInvalid()).isTrue();
        assertThat(view.password.current.getErrorMessage()).isEqualTo("当前密码不正确。");
        assertThat(encoder.matches("Initial-Pass-11", users.loadUserByUsername("formuser").getPassword())).isTrue();
        fill(view.password, "Initial-Pass-11", "Good-New-Pass-1", "Good-New-Pass-1");
        _click(view.password.save);
        assertThat(encoder.matches("Good-New-Pass-1", users.loadUserByUsername("formuser").getPassword())).isTrue();
        assertThat(view.password.current.getValue()).as("the form is emptied").isEmpty();
    }

    @Test
    void the_chosen_language_is_stored_for_the_user() {
        ProfileView view = open("leader");
        _setValue(view.language, TranslationProvider.ENGLISH);
        // _setValue counts as the user's choice.
        assertThat(accounts.find("leader").orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void a_user_who_must_change_the_password_is_forwarded_to_the_change_from_every_page_until_done() {
        create("fresh", "One-Time-Pass-44", true);
        login("fresh");
        for (String route : new String[] {"", "projects", "alerts", "profile"}) {
            UI.getCurrent().navigate(route);
            assertThat(_find(PasswordChangeView.class)).as(route).hasSize(1);
        }
        PasswordChangeView view = _get(PasswordChangeView.class);
        fill(view.password, "One-Time-Pass-44", "My-Own-Pass-55", "My-Own-Pass-55");
        _click(view.password.save);
        assertThat(_find(PasswordChangeView.class)).isEmpty();
        UI.getCurrent().navigate("profile");
        assertThat(_find(ProfileView.class)).hasSize(1);
        assertThat(accounts.mustChangePassword("fresh")).isFalse();
    }
}
