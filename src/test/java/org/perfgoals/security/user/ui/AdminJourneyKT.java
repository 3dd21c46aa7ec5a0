package org.perfgoals.security.user.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedProjects;
import org.perfgoals.audit.AuditRecord;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.base.ui.NotAllowedPage;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.SystemAuthentication;
import org.perfgoals.security.UnitChoice;
import org.perfgoals.unit.UnitRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;

/**
 * The administration journey through the views, as an admin clicks it: a unit under the bureau, a staff user in
 * it with a one-time password, that user's first login (through the application's authentication manager, as the
 * login form's) forced to the password change, then seeing nothing of other units; the admin disables them, they
 * cannot log in any more, and the audit log tells every step.
 */
class AdminJourneyKT extends KaribuTest {

    private static final String BUREAU = "上海市人力资源和社会保障局";
    private static final String UNIT = "上海市人力资源和社会保障局信息中心";
    private static final String USERNAME = "xinxi.staff";
    private static final String OWN_PASSWORD = "Xinxi-Zhongxin-2026";

    @Autowired
    private ProjectService projects;

    private static <T extends Component> T labelled(Class<T> type, String label) {
        return _get(type, spec -> spec.withLabel(label));
    }

    private static void press(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> picker(String label) {
        return labelled(ComboBox.class, label);
    }

    private static <T> T option(ComboBox<T> picker, java.util.function.Predicate<T> which) {
        return picker.getGenericDataView().getItems().filter(which).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid() {
        return _get(Grid.class);
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    @Test
    void an_admin_creates_a_unit_and_a_user_who_changes_the_password_sees_only_their_unit_and_is_disabled()
            throws Exception {
        login("admin");
        UI.getCurrent().navigate("admin/units");
        press("新建单位");
        _setValue(labelled(TextField.class, "单位名称"), UNIT);
        ComboBox<UnitRecord> parent = picker("上级单位");
        _setValue(parent, option(parent, unit -> unit.name().equals(BUREAU)));
        press("建立");
        @SuppressWarnings("unchecked")
        TreeGrid<UnitRecord> tree = _get(TreeGrid.class);
        UnitRecord bureau = tree.getTreeData().getRootItems().stream().filter(unit -> unit.name().equals(BUREAU))
                .findFirst().orElseThrow();
        assertThat(tree.getTreeData().getChildren(bureau)).extracting(UnitRecord::name).contains(UNIT);

        UI.getCurrent().navigate("admin/users");
        press("新建用户");
        _setValue(labelled(TextField.class, "用户名"), USERNAME);
        _setValue(labelled(TextField.class, "姓名"), "信息中心填报员");
        ComboBox<UnitChoice> unit = picker("单位");
        _setValue(unit, option(unit, choice -> choice.name().equals(UNIT)));
        _setValue(labelled(Checkbox.class, "填报人员"), true);
        press("建立");
        TextField shown = _get(TextField.class, spec -> spec.withClasses("one-time-password"));
        String oneTime = shown.getValue();
        assertThat(oneTime).hasSize(20);
        press("关闭");
        assertThat(_find(TextField.class, spec -> spec.withClasses("one-time-password"))).as("shown once").isEmpty();

        logout();
        loginWithPassword(USERNAME, oneTime);
        for (String route : List.of("", "projects", "alerts", "profile", "admin/users")) {
            UI.getCurrent().navigate(route);
            assertThat(_find(PasswordChangeView.class)).as(route).hasSize(1);
        }
        PasswordForm form = _get(PasswordChangeView.class).password;
        _setValue(form.current, oneTime);
        _setValue(form.next, OWN_PASSWORD);
        _setValue(form.repeat, OWN_PASSWORD);
        _click(form.save);
        assertThat(_find(PasswordChangeView.class)).isEmpty();

        UI.getCurrent().navigate("projects");
        assertThat(_size(grid())).as("their unit has no project").isZero();
        long hotline = SystemAuthentication.call(() -> SeedProjects.hotline(projects));
        UI.getCurrent().navigate("projects/" + hotline);
        assertThat(_find(Span.class, spec -> spec.withClasses("error-message not-found"))).extracting(Span::getText)
                .containsExactly("找不到该项目。");
        UI.getCurrent().navigate("admin/units");
        assertThat(_find(NotAllowedPage.class)).hasSize(1);

        logout();
        login("admin");
        UI.getCurrent().navigate("admin/users");
        Grid<org.perfgoals.security.user.UserRecord> users = grid();
        int row = IntStream.range(0, _size(users)).filter(i -> _get(users, i).username().equals(USERNAME))
                .findFirst().orElseThrow();
        assertThat(_get(users, row).lastLoginAt()).isNotNull();
        _click(_get(_getCellComponent(users, row, "actions"), Button.class, spec -> spec.withText("停用")));
        assertThat(_get(users, row).enabled()).isFalse();
        logout();
        assertThatThrownBy(() -> loginWithPassword(USERNAME, OWN_PASSWORD)).isInstanceOf(DisabledException.class);

        login("admin");
        UI.getCurrent().navigate("admin/audit");
        List<AuditType> told = rows(AdminJourneyKT.<AuditRecord>grid()).stream()
                .filter(entry -> entry.subject().equals(USERNAME) || entry.subject().endsWith(" " + UNIT))
                .map(AuditRecord::type).toList();
        assertThat(told).as("newest first").containsExactly(AuditType.LOGIN_FAILED, AuditType.USER_DISABLED,
                AuditType.PASSWORD_CHANGED, AuditType.LOGIN, AuditType.USER_CREATED, AuditType.UNIT_CREATED);
    }
}
