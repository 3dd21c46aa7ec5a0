package org.perfgoals.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.audit.AuditRecord;
import org.perfgoals.audit.domain.AuditType;
import org.perfgoals.base.ui.NotAllowedPage;
import org.springframework.beans.factory.annotation.Autowired;

/** The admins' audit log page: it lists what start-up recorded, and every filter narrows it. */
class AuditLogViewKT extends KaribuTest {

    @Autowired
    private Clock clock;

    private AuditLogView open() {
        login("admin");
        UI.getCurrent().navigate("admin/audit");
        return _get(AuditLogView.class);
    }

    private static List<AuditRecord> rows(AuditLogView view) {
        return IntStream.range(0, _size(view.grid)).mapToObj(i -> _get(view.grid, i)).toList();
    }

    @Test
    void an_admin_finds_the_page_in_the_side_nav_and_sees_the_entries_newest_first() {
        AuditLogView view = open();
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("admin/audit");
        List<AuditRecord> rows = rows(view);
        assertThat(rows).extracting(AuditRecord::type).contains(AuditType.USER_CREATED, AuditType.IMPORT);
        assertThat(rows).extracting(AuditRecord::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void the_filters_narrow_the_list() {
        AuditLogView view = open();
        int all = _size(view.grid);

        _setValue(view.type, AuditType.USER_CREATED);
        assertThat(rows(view)).extracting(AuditRecord::type).containsOnly(AuditType.USER_CREATED);
        assertThat(_size(view.grid)).isLessThan(all);

        _setValue(view.subject, "STAFF");
        assertThat(rows(view)).extracting(AuditRecord::subject).containsExactly("staff");
        _setValue(view.actor, "admin");
        assertThat(_size(view.grid)).as("start-up created the demo users, not the admin").isZero();
        _setValue(view.actor, "");

        LocalDate today = LocalDate.now(clock);
        _setValue(view.from, today);
        _setValue(view.to, today);
        assertThat(_size(view.grid)).isEqualTo(1);
        _setValue(view.from, today.plusDays(1));
        assertThat(view.to.isInvalid()).as("the period ends before it begins").isTrue();
        assertThat(_size(view.grid)).isZero();
        _setValue(view.from, null);
        assertThat(view.to.isInvalid()).isFalse();
        _setValue(view.to, today.minusDays(1));
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void nobody_but_an_admin_reaches_the_page() {
        for (String user : List.of("leader", "manager", "staff")) {
            login(user);
            assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).doesNotContain("admin/audit");
            UI.getCurrent().navigate("admin/audit");
            assertThat(_find(NotAllowedPage.class)).as(user).hasSize(1);
            assertThat(_find(AuditLogView.class)).isEmpty();
        }
    }
}
