package org.perfgoals.security.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.perfgoals.base.ui.Texts;
import org.perfgoals.base.ui.OpenDialog;
import org.perfgoals.security.Role;
import org.perfgoals.security.user.UserAdminException;
import org.perfgoals.security.user.UserAdministration;
import org.perfgoals.security.user.UserChange;
import org.perfgoals.security.user.UserRecord;

/**
 * 用户管理: the stored users page by page (user name, name, e-mail, unit, roles, enabled, last login); a new user with
 * a one-time password shown once; per user the unit and roles, enabling or disabling (a user is never deleted), and a
 * password reset with a new one-time password. ADMIN only.
 */
@Route("admin/users")
@Menu(title = "nav.users", order = 75, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserRecord> grid = new Grid<>();
    final Button create = new Button();
    /** The dialog open now, if any: a form, a confirmation or a one-time password. */
    final OpenDialog<Dialog> dialog = new OpenDialog<>();

    private final UserAdministration administration;
    private final DateTimeFormatter when;

    UserAdminView(UserAdministration administration, Clock clock) {
        this.administration = administration;
        this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        setSizeFull();
        addClassName("user-admin");
        create.setText(getTranslation("user.view.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> dialog.open(new CreateUserDialog(administration, created -> {
            refresh();
            dialog.open(new OneTimePasswordDialog("user.view.created.title", created));
        })));
        add(new H2(getTranslation("user.view.title")), new Paragraph(getTranslation("user.view.intro")), create,
                grid);
        configureGrid();
    }

    private void configureGrid() {
        // Long texts get a width that grows and a tooltip; the others are measured again whenever the rows change
        // (refresh), so that a user just created is not cut short.
        grid.addColumn(UserRecord::username).setHeader(getTranslation("user.view.username")).setAutoWidth(true)
                .setKey("username");
        grid.addColumn(UserRecord::displayName).setHeader(getTranslation("user.view.displayName"))
                .setAutoWidth(true).setKey("displayName");
        grid.addColumn(user -> text(user.email())).setHeader(getTranslation("user.view.email")).setWidth("8rem")
                .setFlexGrow(1).setKey("email").setTooltipGenerator(user -> text(user.email()));
        grid.addColumn(user -> text(user.unit())).setHeader(getTranslation("user.view.unit")).setWidth("10rem")
                .setFlexGrow(2).setKey("unit").setTooltipGenerator(user -> text(user.unit()));
        grid.addColumn(this::roles).setHeader(getTranslation("user.view.roles")).setWidth("7rem").setFlexGrow(1)
                .setKey("roles").setTooltipGenerator(this::roles);
        grid.addColumn(user -> getTranslation(user.enabled() ? "user.view.enabled.yes" : "user.view.enabled.no"))
                .setHeader(getTranslation("user.view.enabled")).setAutoWidth(true).setFlexGrow(0).setKey("enabled");
        grid.addColumn(user -> user.lastLoginAt() == null ? "—" : when.format(user.lastLoginAt()))
                .setHeader(getTranslation("user.view.lastLogin")).setAutoWidth(true).setFlexGrow(0)
                .setKey("lastLogin");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("user.view.actions")).setAutoWidth(true)
                .setFlexGrow(0).setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        // Page by page from the database, in the order of creation.
        grid.setItems(query -> administration.list(query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, administration.count()));
    }

    String roles(UserRecord user) {
        return Texts.series(this, user.roles().stream().sorted().map(role -> getTranslation("role." + role.name()))
                .toList());
    }

    private HorizontalLayout actions(UserRecord user) {
        Button change = OpenDialog.rowAction(this, "user.view.change", () -> change(user));
        Button enable = OpenDialog.rowAction(this, user.enabled() ? "user.view.disable" : "user.view.enable",
                () -> setEnabled(user, !user.enabled()));
        if (user.enabled()) {
            enable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button reset = OpenDialog.rowAction(this, "user.view.reset", () -> reset(user));
        HorizontalLayout actions = new HorizontalLayout(change, enable, reset);
        actions.setSpacing(false);
        return actions;
    }

    void setEnabled(UserRecord user, boolean enabled) {
        try {
            administration.change(user.id(), new UserChange(enabled, null, false, null));
        } catch (UserAdminException refused) {
            UserAdminException.Problem problem = refused.getProblems().getFirst();
            Notification.show(getTranslation(refused.messageKey(problem), problem.args().toArray()));
            return;
        }
        done(enabled ? "user.view.enabledNow" : "user.view.disabledNow", user);
    }

    void change(UserRecord user) {
        dialog.open(new ChangeUserDialog(administration, user, () -> done("user.view.changed", user)));
    }

    /** Asks first: the old password stops working at once. */
    void reset(UserRecord user) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("user.view.reset.title", user.username()));
        confirm.add(new Paragraph(getTranslation("user.view.reset.explanation")));
        Button reset = new Button(getTranslation("user.view.reset.confirm"), click -> {
            confirm.close();
            dialog.open(new OneTimePasswordDialog("user.view.reset.done",
                    administration.resetPassword(user.id())));
        });
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button(getTranslation("form.cancel"), click -> confirm.close()), reset);
        dialog.open(confirm);
    }

    private void done(String message, UserRecord user) {
        refresh();
        Notification.show(getTranslation(message, user.username()));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        grid.recalculateColumnWidths();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.view.title") + " | " + getTranslation("app.title");
    }
}
