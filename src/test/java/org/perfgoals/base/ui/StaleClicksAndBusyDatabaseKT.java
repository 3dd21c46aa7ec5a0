package org.perfgoals.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ItemClickEvent;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A click on a row a live refresh replaced opens nothing and breaks nothing; a database that cannot answer in time
 * shows a busy notice, not "Internal error".
 */
class StaleClicksAndBusyDatabaseKT extends KaribuTest {

    @Test
    void a_click_on_a_row_the_grid_no_longer_holds_opens_nothing() {
        login("leader");
        UI.getCurrent().navigate("overview");
        Grid<?> grid = _get(Grid.class);
        String route = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        ComponentUtil.fireEvent(grid, new ItemClickEvent<>(grid, true, "a-key-from-before-the-refresh", null, 0, 0, 0,
                0, 1, 0, false, false, false, false));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(route);
    }

    @Test
    void a_busy_database_is_said_in_words_and_other_failures_are_left_to_vaadin() {
        login("staff");
        UI.getCurrent().navigate("projects");
        assertThat(VaadinSession.getCurrent().getErrorHandler()).as("installed for every session")
                .isInstanceOf(BusyDatabaseNotice.Handler.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new CannotCreateTransactionException(
                "Could not open JPA EntityManager", new SQLTransientConnectionException("pool timed out"))));

        NotificationsKt.expectNotifications("系统繁忙，请稍后再试。您填写的内容仍在页面上。");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("a bug")));

        NotificationsKt.expectNoNotifications();
    }
}
