package org.perfgoals.bench;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.perfgoals.alert.AlertFilter;
import org.perfgoals.alert.AlertRecord;
import org.perfgoals.alert.AlertService;
import org.perfgoals.alert.AlertType;
import org.perfgoals.api.ApiTest;
import org.perfgoals.monitoring.OverdueService;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The alert centre's lists at 50,000 projects ({@code -Dbench.alerts.projects=N}), on an H2 file database as the
 * embedded default runs (and on PostgreSQL in {@link AlertListPostgresBench}): run with
 * {@code ./mvnw -B -Pbench verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AlertListBench}.
 * The data are written set-based ({@link BenchData}, as OverdueBench does): projects of 2018 over 200 units, the
 * overdue check's DATA_OVERDUE alerts (Q1 submitted for every other project; all stamped with the check's one
 * time, as in production), two more alerts of the other types per project, updated over a year, a tenth resolved.
 * Then each list the alert centre and the REST API read is timed as they call it: the first call, and the median
 * of 5 ({@code -Dbench.alerts.runs}) after one warm-up. H2's reuse of an unchanged query's result is off, so every
 * call runs its query. Ends with one BENCH line.
 */
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:file:./target/bench/alerts-${random.uuid};OPTIMIZE_REUSE_RESULTS=FALSE",
    "logging.level.org.perfgoals.generator=warn"})
class AlertListBench extends ApiTest {

    private static final int PROJECTS = Integer.getInteger("bench.alerts.projects", 50_000);
    private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);
    private static final int RUNS = Integer.getInteger("bench.alerts.runs", 5);
    private static final int PAGE = 50;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private OverdueService overdue;
    @Autowired
    private AlertService alerts;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DataSource dataSource;

    private final Map<String, Long> medians = new LinkedHashMap<>();

    @Test
    void alert_lists_at_fifty_thousand_projects() throws Exception {
        boolean postgres = BenchData.postgres(dataSource);
        String db = postgres ? "postgres" : "h2file";
        long made = BenchData.millis(() -> generate(postgres));
        long total = jdbc.sql("select count(*) from alert").query(Long.class).single();
        long active = jdbc.sql("select count(*) from alert where status <> 'RESOLVED'").query(Long.class).single();
        say("%s: %,d projects, %,d alerts (%,d active) written in %,d ms", db, PROJECTS, total, active, made);
        String unit = jdbc.sql("select name from unit where name like '基准单位%' order by name").query(String.class)
                .list().get(7);

        AlertFilter open = new AlertFilter(null, null, null, null, null, null, true);
        AlertFilter type = new AlertFilter(null, AlertType.TARGET_MISSED, null, null, null, null, true);
        AlertFilter ofUnit = new AlertFilter(null, null, unit, null, null, null, true);
        long count = asSystem(() -> alerts.count(open));
        long typeCount = asSystem(() -> alerts.count(type));
        // What the alert centre asks for: a count and the first page when it opens or a filter changes; a page in
        // the new order when sorted (the count stays); the page at the end when scrolled there.
        // The machine's floor: one primary-key read through the pool (2 cores shared with other builds).
        time("floor", () -> jdbc.sql("select version from data_version where id = 1").query(Long.class).single());
        time("count", () -> alerts.count(open));
        time("page", () -> alerts.count(open) + alerts.list(open, PageRequest.of(0, PAGE, NEWEST_FIRST)).size());
        time("filter", () -> alerts.count(type) + alerts.list(type, PageRequest.of(0, PAGE, NEWEST_FIRST)).size());
        time("unit", () -> alerts.count(ofUnit) + alerts.list(ofUnit, PageRequest.of(0, PAGE, NEWEST_FIRST)).size());
        time("sort", () -> alerts.list(open, PageRequest.of(0, PAGE, Sort.by(Sort.Direction.ASC, "updatedAt")))
                .size());
        time("sort_filter", () -> alerts.list(type, PageRequest.of(0, PAGE, Sort.by(Sort.Direction.ASC,
                "updatedAt"))).size());
        time("last", () -> window(open, (int) (count / PAGE), count).size());
        time("middle", () -> window(open, (int) (count / PAGE / 2), count).size());
        time("filter_last", () -> window(type, (int) (typeCount / PAGE), typeCount).size());

        // The REST API as a client pages: 1,000 at a time, counted, first and deep by number, deep by cursor.
        time("rest1000", () -> rest("/api/v1/alerts?active=true&size=1000").body().length());
        time("rest1000_uncounted", () -> rest("/api/v1/alerts?active=true&size=1000&count=false").body().length());
        int deepPage = (int) (count / 1000 / 2);
        time("rest1000_deep", () -> rest("/api/v1/alerts?active=true&size=1000&page=" + deepPage).body().length());
        String cursor = rest("/api/v1/alerts?active=true&size=1000&page=" + deepPage).headers()
                .firstValue("X-Next-Cursor").orElse("");
        time("rest1000_cursor", () -> rest("/api/v1/alerts?active=true&size=1000&after="
                + java.net.URLEncoder.encode(cursor, StandardCharsets.UTF_8)).body().length());

        say("load average %s", new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg")),
                StandardCharsets.US_ASCII).trim());
        System.out.printf(Locale.ROOT, "BENCH db=%s alert_projects=%d alerts=%d active=%d alerts50k_page_ms=%d"
                        + " alerts50k_filter_ms=%d alerts50k_unit_ms=%d alerts50k_sort_ms=%d alerts50k_last_ms=%d"
                        + " alerts50k_middle_ms=%d alerts50k_rest1000_ms=%d alerts50k_rest1000_deep_ms=%d"
                        + " alerts50k_rest1000_cursor_ms=%d%n", db, PROJECTS, total, active, medians.get("page"),
                medians.get("filter"), medians.get("unit"), medians.get("sort"), medians.get("last"),
                medians.get("middle"), medians.get("rest1000"), medians.get("rest1000_deep"),
                medians.get("rest1000_cursor"));
        System.out.flush();
    }

    private void generate(boolean postgres) {
        List<String> units = BenchData.insertUnits(jdbc, postgres, 200);
        BenchData.insertProjects(jdbc, postgres, PROJECTS, 2018, units);
        BenchData.submit(jdbc, 2018, 3, "mod(id, 2) = 0");
        SystemAuthentication.call(() -> overdue.checkOverdue(TODAY));
        // Two alerts of the other types per project, updated over a year (the overdue check stamps its own alerts
        // with the one time it ran, as it does in production), then a tenth of all resolved.
        jdbc.sql("insert into alert (version, alert_type, status, project_id, project_name, department,"
                        + " subject_name, period_year, period_month, target_text, actual_text, raised_at, updated_at,"
                        + " demo) select 0, case mod(p.id + k.x, 4) when 0 then 'TARGET_MISSED'"
                        + " when 1 then 'TARGET_AT_RISK' when 2 then 'OVER_BUDGET' else 'BUDGET_BEHIND_TIME' end,"
                        + " case when mod(p.id, 5) = 0 then 'ACKNOWLEDGED' else 'OPEN' end, p.id, p.name,"
                        + " p.department, '基准指标' || k.x, 2018, 3 * (k.x + 1), '≥95%', '80%', :at, cast(:at as timestamp"
                        + " with time zone) + mod(p.id * 7919 + k.x * 104729, 31536000) * interval '1' second, false"
                        + " from project p cross join (select x from " + BenchData.numbers(postgres, 2) + ") k"
                        + " where p.project_year = 2018")
                .param("at", OffsetDateTime.of(2018, 4, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8))).update();
        jdbc.sql("update alert set status = 'RESOLVED' where period_year = 2018 and mod(id, 10) = 0").update();
        jdbc.sql(postgres ? "vacuum analyze alert" : "analyze").update();
    }

    /** The page as the alert centre's grid reads it once it knows the count. */
    private List<AlertRecord> window(AlertFilter filter, int page, long total) {
        Pageable pageable = PageRequest.of(page, PAGE, NEWEST_FIRST);
        try {
            Method knowingTheTotal = AlertService.class.getMethod("list", AlertFilter.class, Pageable.class,
                    long.class);
            @SuppressWarnings("unchecked")
            List<AlertRecord> rows = (List<AlertRecord>) knowingTheTotal.invoke(alerts, filter, pageable, total);
            return rows;
        } catch (NoSuchMethodException before) {
            return alerts.list(filter, pageable);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> rest(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("leader:demo".getBytes(StandardCharsets.UTF_8))).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response;
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T asSystem(Supplier<T> work) {
        return SystemAuthentication.call(work);
    }

    /** The first call and the median of the next ones; a call that fails is told and counted as -1. */
    private void time(String name, Supplier<?> work) {
        try {
            long first = BenchData.millis(() -> asSystem(work));
            double median = BenchData.medianMillis(1, RUNS, () -> asSystem(work));
            medians.put(name, Math.round(median));
            say("%-20s first %,6d ms, median %,8.1f ms", name, first, median);
        } catch (RuntimeException failed) {
            medians.put(name, -1L);
            say("%-20s FAILED: %s", name, failed);
        }
    }

    private static void say(String format, Object... args) {
        System.out.println("BENCH| " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
