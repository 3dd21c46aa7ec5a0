package org.perfgoals.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfgoals.base.ui.LiveUpdates;
import org.perfgoals.monitoring.ActualEntry;
import org.perfgoals.monitoring.EntryMode;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.SheetInput;
import org.perfgoals.monitoring.domain.Period;
import org.springframework.beans.factory.annotation.Autowired;

/** An open entry view says at once, naming who, that someone else just saved its quarter; the input stays. */
class EntryViewLiveKT extends EntryViewTestBase {

    @Autowired
    private LiveUpdates live;
    @Autowired
    private QuarterEntryService monitoring;

    private static List<String> notices() {
        return getNotifications().stream().filter(n -> n.hasClassName("entry-changed-elsewhere"))
                .map(Notification::getElement).map(element -> element.getProperty("text", "")).toList();
    }

    @Test
    void another_users_save_of_the_quarter_on_screen_is_said_at_once_and_the_typed_value_stays() {
        EntryView view = open("staff", 4);
        live.poll();
        IndicatorEntry satisfaction = view.rows.stream().filter(row -> row.indicator.name().equals("公众满意度"))
                .findFirst().orElseThrow();
        _setValue(satisfaction.value, "91");

        login("manager");
        monitoring.save(hotline(), Period.quarter(2019, 4), new SheetInput(
                List.of(ActualEntry.number(satisfaction.indicator.id(), "93")), List.of(), null, null),
                EntryMode.CHECKED);
        login("staff");
        live.poll();
        MockVaadin.clientRoundtrip(false);

        assertThat(notices()).hasSize(1).first().asString().startsWith("manager 刚刚（").endsWith("）保存了本季度；您保存时会先看到其改动。");
        assertThat(view.summary.getText()).isEqualTo(notices().getFirst());
        assertThat(satisfaction.value.getValue()).as("the typed value stays").isEqualTo("91");

        live.poll();
        MockVaadin.clientRoundtrip(false);
        assertThat(notices()).as("said once").hasSize(1);
    }

    @Test
    void the_users_own_save_is_not_announced_as_someone_elses() {
        EntryView view = open("staff", 4);
        live.poll();
        IndicatorEntry satisfaction = view.rows.stream().filter(row -> row.indicator.name().equals("公众满意度"))
                .findFirst().orElseThrow();
        _setValue(satisfaction.value, "92");
        _click(view.save);
        live.poll();
        MockVaadin.clientRoundtrip(false);
        assertThat(notices()).isEmpty();
    }
}
