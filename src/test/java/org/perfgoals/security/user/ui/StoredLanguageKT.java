package org.perfgoals.security.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.base.i18n.TranslationProvider;
import org.perfgoals.base.ui.LanguageSwitch;
import org.perfgoals.base.ui.MainLayout;
import org.perfgoals.security.ui.LoginView;
import org.perfgoals.security.user.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** The header's language switch stores the signed-in user's choice, and their next login starts in it. */
class StoredLanguageKT extends KaribuTest {

    @Autowired
    private UserAccounts accounts;

    @Test
    void the_header_switch_stores_the_choice_for_the_user() {
        login("leader");
        UI.getCurrent().navigate("");
        _setValue(_get(_get(MainLayout.class), LanguageSwitch.class), TranslationProvider.ENGLISH);
        assertThat(accounts.find("leader").orElseThrow().language()).isEqualTo("en");
        assertThat(UI.getCurrent().getLocale().getLanguage()).as("this session, after the reload").isEqualTo("en");
        UI.getCurrent().navigate("");
        _setValue(_get(_get(MainLayout.class), LanguageSwitch.class), TranslationProvider.CHINESE);
        assertThat(accounts.find("leader").orElseThrow().language()).isEqualTo("zh-CN");
    }

    @Test
    void a_login_starts_in_the_stored_language() {
        login("manager");
        accounts.setOwnLanguage(TranslationProvider.ENGLISH);
        // The UI was opened before the login, as the login page's is: the next one is the signed-in user's first.
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("My profile");
    }

    @Test
    void the_login_pages_switch_stores_nothing() {
        logout();
        UI.getCurrent().navigate("login");
        _setValue(_get(_get(LoginView.class), LanguageSwitch.class), TranslationProvider.ENGLISH);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(accounts.find("staff").orElseThrow().language()).isNull();
    }
}
