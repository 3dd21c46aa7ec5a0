package org.perfgoals.security.user.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.base.ui.NotAllowedPage;
import org.perfgoals.security.AppUser;
import org.perfgoals.security.Role;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.UnitChoice;
import org.perfgoals.security.user.NewUser;
import org.perfgoals.security.user.UserAccounts;
import org.perfgoals.security.user.UserRecord;
import org.springframework.beans.factory.annotation.Autowired;

/** The users page: each dialog's refusals on their field, the one-time passwords, enabling, and who may open it. */
class UserAdminViewKT extends KaribuTest {

    private static final String HOTLINE = "上海市人力资源和社会保障局咨询服务中心";
    private static final String TALENT = "上海市人才服务中心";

    @Autowired
    private UserAccounts accounts;

    private void createUser(String username, String unit, Role role) {
        SystemAuthentication.run(() -> accounts.create(new NewUser(username, username, null, unit, Set.of(role)),
                "Some-Long-Pass-77", false));
    }

    private UserAdminView open() {
        login("admin");
        UI.getCurrent().navigate("admin/users");
        return _get(UserAdminView.class);
    }

    private static List<UserRecord> rows(UserAdminView view) {
        return IntStream.range(0, _size(view.grid)).mapToObj(i -> _get(view.grid, i)).toList();
    }

    private static UserRecord row(UserAdminView view, String username) {
        return rows(view).stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow();
    }

    private static <T> T dialog(UserAdminView view, Class<T> type) {
        assertThat(view.dialog.current()).as("the dialog is open").isInstanceOf(type);
        return type.cast(view.dialog.current());
    }

    private static UnitChoice choice(UserDialog dialog, String name) {
        return dialog.unit.getGenericDataView().getItems().filter(unit -> unit.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static CreateUserDialog fill(UserAdminView view, String username, String email, Role... roles) {
        _click(view.create);
        CreateUserDialog create = dialog(view, CreateUserDialog.class);
        _setValue(create.username, username);
        _setValue(create.displayName, "王小明");
        _setValue(create.email, email);
        _setValue(create.unit, choice(create, TALENT));
        for (Role role : roles) {
            _setValue(create.roles.boxes.get(role), true);
        }
        return create;
    }

    @Test
    void the_grid_pages_through_every_user_with_roles_in_words() {
        UserAdminView view = open();
        assertThat(_size(view.grid)).isEqualTo(accounts.count());
        UserRecord staff = row(view, "staff");
        assertThat(staff.unit()).isEqualTo(HOTLINE);
        assertThat(view.roles(staff)).isEqualTo("填报人员");
        assertThat(view.roles(row(view, "admin"))).isEqualTo("系统管理员");
    }

    @Test
    void a_user_name_taken_is_refused_on_the_user_name_field() {
        UserAdminView view = open();
        CreateUserDialog create = fill(view, "Staff", "", Role.STAFF);
        _click(create.save);
        assertThat(create.username.isInvalid()).isTrue();
        assertThat(create.username.getErrorMessage()).isEqualTo("用户名“staff”已被占用；用户从不删除，可重新启用原有用户。");
        assertThat(create.isOpened()).isTrue();
        _setValue(create.username, "staff.two");
        assertThat(create.username.isInvalid()).isFalse();
    }

    @Test
    void a_bad_e_mail_and_a_bad_user_name_are_refused_on_their_fields_and_no_role_before_the_service() {
        UserAdminView view = open();
        long before = accounts.count();
        CreateUserDialog create = fill(view, "li ming", "not-an-address");
        _click(create.save);
        assertThat(create.roles.isInvalid()).isTrue();
        assertThat(create.roles.getErrorMessage()).isEqualTo("必填。");
        _setValue(create.roles.boxes.get(Role.STAFF), true);
        assertThat(create.roles.isInvalid()).isFalse();
        _click(create.save);
        assertThat(create.email.isInvalid()).isTrue();
        assertThat(create.email.getErrorMessage()).isEqualTo("不是有效的电子邮件地址。");
        assertThat(create.username.getErrorMessage()).isEqualTo("3 至 50 个字符：a-z、0-9、点、下划线、连字符。");
        assertThat(accounts.count()).isEqualTo(before);
        _setValue(create.username, "   ");
        _click(create.save);
        assertThat(create.username.getErrorMessage()).as("blank is no name").isEqualTo("必填。");
    }

    @Test
    void a_new_user_gets_a_one_time_password_shown_once_that_must_be_changed() throws Exception {
        UserAdminView view = open();
        CreateUserDialog create = fill(view, "wang.xm", "wang@example.org", Role.STAFF, Role.MANAGER);
        _click(create.save);
        OneTimePasswordDialog shown = dialog(view, OneTimePasswordDialog.class);
        String password = shown.password.getValue();
        assertThat(password).hasSize(20);
        assertThat(shown.password.isReadOnly()).isTrue();
        _click(shown.copy);
        assertThat(shown.copy.getText()).isEqualTo("已复制");
        _click(_get(shown, Button.class, spec -> spec.withText("关闭")));
        assertThat(view.dialog.current()).isNull();
        UserRecord created = row(view, "wang.xm");
        assertThat(created.unit()).isEqualTo(TALENT);
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.MANAGER);
        assertThat(created.email()).isEqualTo("wang@example.org");
        logout();
        AppUser user = loginWithPassword("wang.xm", password);
        assertThat(user.mustChangePassword()).isTrue();
    }

    @Test
    void unit_and_roles_change_in_their_dialog_and_a_reset_shows_a_new_one_time_password() throws Exception {
        createUser("zhao.li", HOTLINE, Role.STAFF);
        UserAdminView view = open();
        view.change(row(view, "zhao.li"));
        ChangeUserDialog change = dialog(view, ChangeUserDialog.class);
        assertThat(change.unit.getValue().name()).isEqualTo(HOTLINE);
        assertThat(change.roles.boxes.get(Role.STAFF).getValue()).isTrue();
        _setValue(change.unit, choice(change, TALENT));
        _setValue(change.roles.boxes.get(Role.STAFF), false);
        _setValue(change.roles.boxes.get(Role.LEADER), true);
        _click(change.save);
        assertThat(change.isOpened()).isFalse();
        UserRecord changed = row(view, "zhao.li");
        assertThat(changed.unit()).isEqualTo(TALENT);
        assertThat(changed.roles()).containsExactly(Role.LEADER);

        view.reset(changed);
        _click(_get(view.dialog.current(), Button.class,
                spec -> spec.withText("重置密码")));
        OneTimePasswordDialog shown = dialog(view, OneTimePasswordDialog.class);
        String password = shown.password.getValue();
        logout();
        assertThat(loginWithPassword("zhao.li", password).mustChangePassword()).isTrue();
    }

    @Test
    void a_user_is_disabled_and_enabled_again_but_an_admin_cannot_disable_themself() {
        createUser("qian.yu", TALENT, Role.STAFF);
        UserAdminView view = open();
        view.setEnabled(row(view, "qian.yu"), false);
        assertThat(row(view, "qian.yu").enabled()).isFalse();
        view.setEnabled(row(view, "qian.yu"), true);
        assertThat(row(view, "qian.yu").enabled()).isTrue();
        view.setEnabled(row(view, "admin"), false);
        assertThat(row(view, "admin").enabled()).as("refused: another admin must do it").isTrue();
    }

    @Test
    void an_admin_finds_both_pages_in_the_side_nav() {
        login("admin");
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("admin/units", "admin/users");
    }

    @Test
    void nobody_but_an_admin_reaches_the_units_and_users_pages() {
        for (String user : List.of("leader", "manager", "staff")) {
            login(user);
            UI.getCurrent().navigate("");
            assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).as(user)
                    .doesNotContain("admin/units", "admin/users");
            for (String route : List.of("admin/units", "admin/users")) {
                UI.getCurrent().navigate(route);
                assertThat(_find(NotAllowedPage.class)).as(user + " at " + route).hasSize(1);
            }
            assertThat(_find(UserAdminView.class)).isEmpty();
        }
    }
}
