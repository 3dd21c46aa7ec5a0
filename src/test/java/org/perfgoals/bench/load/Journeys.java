package org.perfgoals.bench.load;

import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.perfgoals.bench.load.UiSession.StateNode;
import org.perfgoals.bench.load.UiSession.UiException;

/**
 * What the virtual users do, each in a loop with think times between the steps: leaders open the overview, change
 * the quarter and open a project's dashboard from the grid; managers open the alert centre, open an alert and
 * acknowledge it (or close it when it is acknowledged already); staff open a quarter of one of their unit's
 * projects, type spending, save, and give the reasons the save asks for.
 */
final class Journeys {

    enum Role { LEADER, MANAGER, STAFF }

    /**
     * The logins: leaders share the demo's {@code leader}; managers and staff are users of the load test, one pair
     * per unit (their units' projects known, for a quarter's address), shared by the virtual users round robin.
     */
    record Data(List<Api.Account> managers, List<Api.Account> staff) {
    }

    /** Outcomes worth reporting that are not errors. */
    static final class Counts {
        final AtomicInteger journeys = new AtomicInteger();
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger saved = new AtomicInteger();
        final AtomicInteger refusedSaves = new AtomicInteger();
        final AtomicInteger uiErrors = new AtomicInteger();
        /** Journeys broken off by a page without what they look for (not by a failed request). */
        final AtomicInteger pageErrors = new AtomicInteger();
    }

    private final HttpClient http;
    private final String base;
    private final Recorder recorder;
    private final Data data;
    private final long thinkMillis;
    private final Counts counts;

    Journeys(HttpClient http, String base, Recorder recorder, Data data, long thinkMillis, Counts counts) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
        this.data = data;
        this.thinkMillis = thinkMillis;
        this.counts = counts;
    }

    /** Virtual user {@code index} of its role: logs in, then repeats its journey until {@code running} says stop. */
    void run(Role role, int index, BooleanSupplier running) {
        UiSession ui = new UiSession(http, base + "/", recorder);
        Api.Account account = switch (role) {
            case LEADER -> new Api.Account("leader", "demo", "", List.of());
            case MANAGER -> data.managers().get(index % data.managers().size());
            case STAFF -> data.staff().get(index % data.staff().size());
        };
        try {
            think();
            ui.login(account.username(), account.password());
        } catch (UiException e) {
            counts.uiErrors.incrementAndGet();
            if (!e.request) {
                counts.pageErrors.incrementAndGet();
            }
            recorder.error(role + " login: " + e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        boolean opened = false;
        while (running.getAsBoolean()) {
            try {
                if (role == Role.LEADER) {
                    leader(ui, opened);
                } else if (role == Role.MANAGER) {
                    manager(ui, opened);
                } else {
                    staff(ui, opened, account);
                }
                opened = true;
                counts.journeys.incrementAndGet();
            } catch (UiException e) {
                counts.uiErrors.incrementAndGet();
                if (!e.request) {
                    counts.pageErrors.incrementAndGet();
                }
                recorder.error(role + ": " + e.getMessage());
                // A browser would reload the page: start over with a new UI.
                opened = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void go(UiSession ui, boolean opened, String kind, String route) {
        if (opened) {
            ui.navigate(kind, route);
        } else {
            ui.open(kind, route);
        }
    }

    private void leader(UiSession ui, boolean opened) throws InterruptedException {
        go(ui, opened, "overview.open", "overview");
        think();
        StateNode quarter = ui.required(ui.byLabel("vaadin-select", "季度"), "the quarter select");
        String current = quarter.property("value");
        String next = String.valueOf(ThreadLocalRandom.current().nextInt(1, 5));
        ui.setValue("overview.quarter", quarter, next.equals(current) ? (next.equals("1") ? "2" : "1") : next);
        think();
        ui.receivePushed();
        StateNode grid = ui.required(ui.find(node -> "vaadin-grid".equals(node.tag)).stream().findFirst(),
                "the projects grid");
        List<String> keys = ui.rowKeys(grid);
        if (keys.isEmpty()) {
            throw new UiException("overview: no rows");
        }
        ui.clickRow("dashboard.open", grid, keys.get(ThreadLocalRandom.current().nextInt(Math.min(keys.size(), 20))));
        if (ui.find(node -> "h2".equals(node.tag)).isEmpty()) {
            throw new UiException("dashboard: no heading");
        }
        think();
    }

    private void manager(UiSession ui, boolean opened) throws InterruptedException {
        go(ui, opened, "alerts.open", "alerts");
        think();
        ui.receivePushed();
        StateNode grid = ui.required(ui.find(node -> "vaadin-grid".equals(node.tag)).stream().findFirst(),
                "the alert grid");
        List<String> keys = ui.rowKeys(grid);
        if (keys.isEmpty()) {
            throw new UiException("alerts: no rows");
        }
        ui.clickRow("alert.open", grid, keys.get(ThreadLocalRandom.current().nextInt(keys.size())));
        think();
        var acknowledge = ui.byText("vaadin-button", "知悉");
        if (acknowledge.isPresent()) {
            ui.setValue("alert.comment", ui.required(ui.byLabel("vaadin-text-area", "说明"), "the comment"),
                    "负载测试：已知悉");
            ui.click("alert.acknowledge", acknowledge.get());
            counts.acknowledged.incrementAndGet();
        } else {
            ui.click("alert.close", ui.required(ui.byText("vaadin-button", "关闭"), "the close button"));
        }
        think();
    }

    private void staff(UiSession ui, boolean opened, Api.Account account) throws InterruptedException {
        Api.Project project = account.projects().get(ThreadLocalRandom.current().nextInt(account.projects().size()));
        go(ui, opened, "entry.open", "monitoring/" + project.id() + "/" + project.year() + "/4");
        think();
        List<StateNode> spending = ui.find(node -> "vaadin-text-field".equals(node.tag)
                && "本季度支出".equals(node.property("label")) && !"true".equals(node.property("readonly")));
        if (spending.isEmpty()) {
            throw new UiException("entry: no editable spending field");
        }
        for (int i = 0; i < Math.min(2, spending.size()); i++) {
            ui.setValue("entry.type", spending.get(ThreadLocalRandom.current().nextInt(spending.size())),
                    String.valueOf(ThreadLocalRandom.current().nextInt(1000, 90000)));
            Thread.sleep(thinkMillis / 4);
        }
        StateNode save = ui.required(ui.byText("vaadin-button", "保存草稿"), "the save button");
        ui.click("entry.save", save);
        List<StateNode> invalid = ui.invalidFields();
        if (!invalid.isEmpty()) {
            // The save names what is missing (reasons for spending behind time or beyond the budget): give them.
            think();
            for (StateNode field : invalid) {
                if (field.property("value") == null || field.property("value").isEmpty()) {
                    ui.setValue("entry.reason", field, "负载测试说明");
                }
            }
            ui.click("entry.save", save);
        }
        if (ui.invalidFields().isEmpty()) {
            counts.saved.incrementAndGet();
        } else {
            counts.refusedSaves.incrementAndGet();
        }
        think();
    }

    private void think() throws InterruptedException {
        Thread.sleep(thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis + 1));
    }
}
