package org.perfgoals.security.token.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.perfgoals.security.token.ApiTokenException;
import org.perfgoals.security.token.ApiTokenRecord;
import org.perfgoals.security.token.ApiTokens;
import org.perfgoals.security.token.NewApiToken;

/**
 * The profile page's API tokens: the user's own, each with a revoke button, and a small form (name, days) that
 * creates one and shows its secret once in a dialog. The service's refusals show on the field they name.
 */
public class ApiTokenSection extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    /** What the days field offers first. */
    static final int DEFAULT_DAYS = 90;
    static final String REVOKE = "revoke";

    final Grid<ApiTokenRecord> grid = new Grid<>();
    final TextField name = new TextField();
    final IntegerField days = new IntegerField();
    final Button create = new Button();
    /** The dialog showing the last secret created, while open. */
    @Nullable SecretDialog shown;

    private final ApiTokens tokens;

    public ApiTokenSection(ApiTokens tokens) {
        this.tokens = tokens;
        setPadding(false);
        add(new H3(getTranslation("token.title")), new Paragraph(getTranslation("token.intro")));
        grid.addColumn(ApiTokenRecord::name).setHeader(getTranslation("token.name")).setAutoWidth(true);
        grid.addColumn(token -> when(token.createdAt())).setHeader(getTranslation("token.createdAt"))
                .setAutoWidth(true);
        grid.addColumn(token -> token.expired() ? getTranslation("token.expired", when(token.expiresAt()))
                : when(token.expiresAt())).setHeader(getTranslation("token.expiresAt")).setAutoWidth(true);
        grid.addColumn(token -> when(token.lastUsedAt())).setHeader(getTranslation("token.lastUsedAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(token -> {
            Button revoke = new Button(getTranslation("token.revoke"), click -> revoke(token));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setKey(REVOKE).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("token.none"));
        add(grid, form());
        refresh();
    }

    private HorizontalLayout form() {
        name.setLabel(getTranslation("token.name"));
        name.setMaxLength(ApiTokens.MAX_NAME);
        name.setWidth("20rem");
        days.setLabel(getTranslation("token.days"));
        days.setMin(ApiTokens.MIN_DAYS);
        days.setMax(ApiTokens.MAX_DAYS);
        days.setValue(DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        create.setText(getTranslation("token.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        HorizontalLayout form = new HorizontalLayout(name, days, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void create() {
        name.setInvalid(false);
        days.setInvalid(false);
        try {
            NewApiToken created = tokens.create(name.getValue(), days.getValue() == null ? null
                    : days.getValue().longValue());
            name.clear();
            days.setValue(DEFAULT_DAYS);
            refresh();
            shown = new SecretDialog(created);
            shown.addOpenedChangeListener(event -> {
                if (!event.isOpened()) {
                    shown = null;
                }
            });
            shown.open();
        } catch (ApiTokenException refused) {
            if (refused.getKind() == ApiTokenException.Kind.LIMIT) {
                Notification.show(getTranslation("token.error.limit", ApiTokens.MAX_ACTIVE));
                return;
            }
            refused.getProblems().forEach(problem -> {
                String message = getTranslation("token.error." + problem.field() + "." + problem.code(),
                        ApiTokens.MAX_NAME, ApiTokens.MIN_DAYS, ApiTokens.MAX_DAYS);
                if ("name".equals(problem.field())) {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                } else {
                    days.setErrorMessage(message);
                    days.setInvalid(true);
                }
            });
        }
    }

    private void revoke(ApiTokenRecord token) {
        tokens.revoke(token.id());
        refresh();
        Notification.show(getTranslation("token.revoked", token.name()));
    }

    private void refresh() {
        // At most the user's own unrevoked tokens of the last weeks: a few dozen at the very most.
        grid.setItems(tokens.mine());
    }

    private static String when(@Nullable Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }

    /** The new secret, shown this once, with the hint to copy it now. */
    static final class SecretDialog extends Dialog {

        final TextField secret = new TextField();

        SecretDialog(NewApiToken created) {
            setHeaderTitle(getTranslation("token.created.title", created.token().name()));
            secret.setValue(created.secret());
            secret.setReadOnly(true);
            secret.setWidth("36rem");
            secret.setMaxWidth("100%");
            secret.setAriaLabel(getTranslation("token.created.title", created.token().name()));
            secret.addFocusListener(focus -> secret.getElement().executeJs("this.inputElement.select()"));
            add(new Paragraph(getTranslation("token.created.hint")), secret,
                    new Paragraph(getTranslation("token.created.usage")));
            getFooter().add(new Button(getTranslation("close"), click -> close()));
        }
    }
}
