package org.perfgoals.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.perfgoals.chart.StatusColors;

/**
 * The frame of every view: title, side navigation built from the views' {@code @Menu} entries (whose titles are
 * i18n keys, and which Vaadin lists only when the user may open them), the user, the language and logout.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, List<HeaderItem> headerItems,
                      List<LanguageChoice> languageChoices) {
        setPrimarySection(Section.DRAWER);
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");
        addToDrawer(title, new Scroller(sideNav()));
        addToNavbar(new DrawerToggle(), header(authentication, headerItems, languageChoices));
        // The verdict colours come from one place; the stylesheet and every overlay (dialogs) read them from here.
        addAttachListener(attach -> StatusColors.cssProperties()
                .forEach((name, value) -> attach.getUI().getElement().getStyle().set(name, value)));
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        item.setMatchNested(true);
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private Component header(AuthenticationContext authentication, List<HeaderItem> headerItems,
                             List<LanguageChoice> languageChoices) {
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("current-user");
        Button logout = new Button(getTranslation("logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout();
        headerItems.stream().map(HeaderItem::create).filter(java.util.Objects::nonNull).forEach(header::add);
        header.add(user, new LanguageSwitch(languageChoices), logout);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        return header;
    }
}
