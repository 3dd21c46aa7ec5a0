package org.perfgoals.monitoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The entry view's switch between its two layouts, cards (表单) and the compact table (表格). The choice is
 * remembered in the user's session, so it holds when they turn to another project or quarter; {@code ?mode=table}
 * or {@code ?mode=form} in the address chooses it too (a link, a bookmark), and switching writes it there.
 */
class EntryLayoutTabs extends Tabs {

    enum Layout {
        FORM, TABLE
    }

    static final String PARAMETER = "mode";

    final Tab form = new Tab(getTranslation("entryTable.formMode"));
    final Tab table = new Tab(getTranslation("entryTable.tableMode"));
    private final Consumer<Layout> onSwitch;

    /** {@code onSwitch} is told the layout switched from, once the new one is chosen. */
    EntryLayoutTabs(Consumer<Layout> onSwitch) {
        this.onSwitch = onSwitch;
        add(form, table);
        addClassName("entry-layout");
        addSelectedChangeListener(event -> {
            Layout chosen = event.getSelectedTab() == table ? Layout.TABLE : Layout.FORM;
            Layout before = current();
            if (chosen != before) {
                remember(chosen);
                UI ui = UI.getCurrent();
                Location shown = ui.getActiveViewLocation();
                ui.getPage().getHistory().replaceState(null, new Location(shown.getPath(),
                        QueryParameters.of(PARAMETER, chosen.name().toLowerCase(Locale.ROOT))));
                onSwitch.accept(before);
            }
        });
    }

    /** Takes the layout the address asks for, if any, else the one remembered. */
    void read(QueryParameters parameters) {
        parameters.getSingleParameter(PARAMETER).flatMap(EntryLayoutTabs::parse).ifPresent(EntryLayoutTabs::remember);
        setSelectedTab(current() == Layout.TABLE ? table : form);
    }

    boolean tableShown() {
        return current() == Layout.TABLE;
    }

    static Layout current() {
        Layout remembered = VaadinSession.getCurrent().getAttribute(Layout.class);
        return remembered == null ? Layout.FORM : remembered;
    }

    private static void remember(Layout layout) {
        VaadinSession.getCurrent().setAttribute(Layout.class, layout);
    }

    private static Optional<Layout> parse(String mode) {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "table" -> Optional.of(Layout.TABLE);
            case "form" -> Optional.of(Layout.FORM);
            default -> Optional.empty();
        };
    }
}
