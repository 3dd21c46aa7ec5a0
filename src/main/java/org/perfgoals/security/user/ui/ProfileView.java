package org.perfgoals.security.user.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.perfgoals.base.ui.Texts;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.base.ui.LanguageSwitch;
import org.perfgoals.base.ui.ProfileSection;
import org.perfgoals.security.token.ApiTokens;
import org.perfgoals.security.token.ui.ApiTokenSection;
import org.perfgoals.security.user.UserAccounts;
import org.perfgoals.security.user.UserRecord;

/**
 * 个人设置: the signed-in user's account, their own password, their language (kept for their next sessions) and
 * their API tokens; then what other features add ({@link ProfileSection}, such as the notification choices).
 */
@Route("profile")
@Menu(title = "nav.profile", order = 90, icon = "vaadin:user")
@PermitAll
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    final PasswordForm password;
    final Select<Locale> language = new Select<>();
    final ApiTokenSection tokens;

    ProfileView(UserAccounts accounts, ApiTokens apiTokens, List<ProfileSection> sections) {
        UserRecord me = accounts.me();
        add(new H2(getTranslation("profile.title")), readOnly("profile.username", me.username()),
                readOnly("profile.displayName", me.displayName()),
                readOnly("profile.unit", me.unit() == null ? "" : me.unit()),
                readOnly("profile.roles", Texts.list(this, me.roles().stream().sorted()
                        .map(role -> getTranslation("role." + role.name())).toList())));
        add(new H3(getTranslation("profile.password.title")));
        password = new PasswordForm(accounts, me.username(), () -> Notification.show(
                getTranslation("profile.password.saved")));
        add(password);
        language.setLabel(getTranslation("profile.language"));
        language.setItems(TranslationProvider.CHINESE, TranslationProvider.ENGLISH);
        language.setItemLabelGenerator(locale -> TranslationProvider.ENGLISH.equals(locale) ? "English" : "中文");
        language.setValue(TranslationProvider.ENGLISH.getLanguage().equals(UI.getCurrent().getLocale().getLanguage())
                ? TranslationProvider.ENGLISH : TranslationProvider.CHINESE);
        language.addValueChangeListener(event -> {
            if (event.getValue() != null && event.isFromClient()) {
                accounts.setOwnLanguage(event.getValue());
                LanguageSwitch.remember(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        add(language);
        tokens = new ApiTokenSection(apiTokens);
        add(tokens);
        sections.stream().map(ProfileSection::create).filter(Objects::nonNull).forEach(this::add);
    }

    private static TextField readOnly(String label, String value) {
        TextField field = new TextField();
        field.setLabel(field.getTranslation(label));
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidth("28em");
        field.setMaxWidth("100%");
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " | " + getTranslation("app.title");
    }
}
