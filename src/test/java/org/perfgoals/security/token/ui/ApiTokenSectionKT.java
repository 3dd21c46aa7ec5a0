package org.perfgoals.security.token.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.security.token.ApiTokenAuthenticator;
import org.perfgoals.security.token.ApiTokenRecord;
import org.perfgoals.security.token.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;

/** The profile page's tokens: create one and see its secret once, refusals on their field, revoke. */
class ApiTokenSectionKT extends KaribuTest {

    @Autowired
    private ApiTokenAuthenticator authenticator;

    private ApiTokenSection open(String username) {
        login(username);
        UI.getCurrent().navigate("profile");
        return _get(ApiTokenSection.class);
    }

    @Test
    void a_created_token_is_shown_once_in_a_dialog_works_and_is_revoked_from_the_list() {
        ApiTokenSection section = open("staff");
        assertThat(_size(section.grid)).isZero();
        assertThat(section.days.getValue()).isEqualTo(ApiTokenSection.DEFAULT_DAYS);
        _setValue(section.name, "报表推送");
        _setValue(section.days, 30);
        _click(section.create);

        ApiTokenSection.SecretDialog dialog = Objects.requireNonNull(section.shown);
        assertThat(dialog.isOpened()).isTrue();
        String secret = dialog.secret.getValue();
        assertThat(secret).startsWith("pgt_");
        assertThat(dialog.secret.isReadOnly()).isTrue();
        assertThat(authenticator.authenticate(secret)).isPresent();
        assertThat(section.name.getValue()).as("the form is emptied").isEmpty();
        assertThat(_size(section.grid)).isEqualTo(1);
        ApiTokenRecord listed = _get(section.grid, 0);
        assertThat(listed.name()).isEqualTo("报表推送");
        dialog.close();
        assertThat(section.shown).isNull();

        _click((Button) _getCellComponent(section.grid, 0, ApiTokenSection.REVOKE));
        assertThat(_size(section.grid)).isZero();
        assertThat(authenticator.authenticate(secret)).isEmpty();
    }

    @Test
    void refusals_show_on_their_field_and_nothing_is_made() {
        ApiTokenSection section = open("manager");
        _setValue(section.name, "   ");
        _setValue(section.days, ApiTokens.MAX_DAYS + 1);
        _click(section.create);
        assertThat(section.name.isInvalid()).isTrue();
        assertThat(section.name.getErrorMessage()).isEqualTo("请填写名称。");
        assertThat(section.days.isInvalid()).isTrue();
        assertThat(section.days.getErrorMessage()).isEqualTo("有效天数应为 1 至 365 之间的整数。");
        assertThat(section.shown).isNull();
        assertThat(_size(section.grid)).isZero();
    }
}
