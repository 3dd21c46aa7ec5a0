package org.perfgoals.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfgoals.SignedInTest;
import org.perfgoals.security.ReadScope;
import org.perfgoals.security.ReadScopes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The alert centre's lists page through the index order (updatedAt, then id): keyset pages and numbered pages, either
 * direction, read from either end, put together, are exactly the alerts that match in that order, with no alert
 * twice or missing although many share one time. The expected lists are the table's rows filtered and sorted here
 * in Java, not by the queries under test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertListTest extends SignedInTest {

    private static final Comparator<Row> NEWEST_FIRST = Comparator.comparing(Row::updatedAt)
            .thenComparingLong(Row::id).reversed();

    @Autowired
    private AlertService alerts;
    @Autowired
    private ReadScopes scopes;
    @Autowired
    private JdbcClient jdbc;

    record Row(long id, AlertType type, AlertStatus status, String unit, Instant updatedAt) {
    }

    private record Project(long id, String name, String unit) {
    }

    /** 60 alerts more over the seed projects, four of them at each of 15 times: ties everywhere. */
    @BeforeAll
    void alertsThatShareTheirTimes() {
        List<Project> projects = jdbc.sql("select id, name, department from project order by id")
                .query((rs, n) -> new Project(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        OffsetDateTime base = OffsetDateTime.of(2030, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        AlertType[] types = AlertType.values();
        AlertStatus[] statuses = AlertStatus.values();
        for (int i = 0; i < 60; i++) {
            Project project = projects.get(i % projects.size());
            jdbc.sql("insert into alert (version, alert_type, status, project_id, project_name, department,"
                            + " subject_name, period_year, period_month, raised_at, updated_at, demo)"
                            + " values (0, :type, :status, :project, :name, :unit, :subject, 2030, :month, :at, :at,"
                            + " false)")
                    .param("type", types[(i / projects.size()) % types.length].name())
                    .param("status", statuses[i % 3].name())
                    .param("project", project.id()).param("name", project.name()).param("unit", project.unit())
                    .param("subject", "指标" + i).param("month", 3 * (1 + i % 4))
                    .param("at", base.plusMinutes(i % 15)).update();
        }
        assertThat(statuses).hasSize(3);
    }

    private List<Row> rows(Predicate<Row> matching, Comparator<Row> order) {
        return jdbc.sql("select id, alert_type, status, department, updated_at from alert")
                .query((rs, n) -> new Row(rs.getLong(1), AlertType.valueOf(rs.getString(2)),
                        AlertStatus.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant())).list().stream()
                .filter(matching).sorted(order).toList();
    }

    private static List<Long> ids(List<Row> rows) {
        return rows.stream().map(Row::id).toList();
    }

    private static String seedUnit(JdbcClient jdbc) {
        return jdbc.sql("select department from project order by id").query(String.class).list().getFirst();
    }

    /** A filter of the alert centre and the rows it means, written out separately. */
    Stream<Arguments> filters() {
        String unit = seedUnit(jdbc);
        return Stream.of(
                Arguments.of("active (the centre's default)", new AlertFilter(null, null, null, null, null, null, true),
                        (Predicate<Row>) row -> row.status().isActive()),
                Arguments.of("everything", AlertFilter.ALL, (Predicate<Row>) row -> true),
                Arguments.of("a type", new AlertFilter(null, AlertType.TARGET_MISSED, null, null, null, null, true),
                        (Predicate<Row>) row -> row.type() == AlertType.TARGET_MISSED && row.status().isActive()),
                Arguments.of("a unit", new AlertFilter(null, null, unit, null, null, null, null),
                        (Predicate<Row>) row -> row.unit().equals(unit)),
                Arguments.of("a status", new AlertFilter(AlertStatus.ACKNOWLEDGED, null, null, null, null, null, null),
                        (Predicate<Row>) row -> row.status() == AlertStatus.ACKNOWLEDGED),
                Arguments.of("a unit and a type", new AlertFilter(null, AlertType.DATA_OVERDUE, unit, null, null, null,
                        true), (Predicate<Row>) row -> row.unit().equals(unit) && row.type() == AlertType.DATA_OVERDUE
                        && row.status().isActive()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void keyset_pages_put_together_are_the_whole_list_newest_first_although_times_tie(
            String name, AlertFilter filter, Predicate<Row> matching) {
        loginAs("admin");
        List<Long> expected = ids(rows(matching, NEWEST_FIRST));
        assertThat(expected).as("enough alerts for several pages").hasSizeGreaterThan(2);
        List<Long> paged = new ArrayList<>();
        AlertCursor after = null;
        int pages = 0;
        do {
            AlertPage page = alerts.page(filter, after, 2);
            assertThat(page.alerts()).hasSizeLessThanOrEqualTo(2).isNotEmpty();
            page.alerts().forEach(alert -> paged.add(alert.id()));
            after = page.next();
            pages++;
        } while (after != null && pages < 1000);
        assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
        assertThat(alerts.count(filter)).isEqualTo(expected.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void numbered_pages_in_either_direction_and_from_either_end_put_together_are_the_whole_list(
            String name, AlertFilter filter, Predicate<Row> matching) {
        loginAs("admin");
        for (Sort.Direction direction : Sort.Direction.values()) {
            Comparator<Row> order = direction.isDescending() ? NEWEST_FIRST : NEWEST_FIRST.reversed();
            List<Long> expected = ids(rows(matching, order));
            Sort sort = Sort.by(direction, "updatedAt");
            long total = alerts.count(filter);
            List<Long> fromTheStart = new ArrayList<>();
            List<Long> knowingTheTotal = new ArrayList<>();
            for (int page = 0; page * 5 < expected.size() + 5; page++) {
                alerts.list(filter, PageRequest.of(page, 5, sort)).forEach(alert -> fromTheStart.add(alert.id()));
                alerts.list(filter, PageRequest.of(page, 5, sort), total)
                        .forEach(alert -> knowingTheTotal.add(alert.id()));
            }
            assertThat(fromTheStart).as(direction.name()).containsExactlyElementsOf(expected);
            assertThat(knowingTheTotal).as(direction.name() + ", the far half from the other end")
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void a_manager_pages_through_the_alerts_of_their_own_units_only() {
        loginAs("manager");
        ReadScope scope = scopes.current();
        assertThat(scope).isInstanceOf(ReadScope.Units.class);
        List<Long> expected = ids(rows(row -> scope.includes(row.unit()) && row.status().isActive(), NEWEST_FIRST));
        AlertFilter active = new AlertFilter(null, null, null, null, null, null, true);
        List<Long> paged = new ArrayList<>();
        for (AlertPage page = alerts.page(active, null, 3); ; page = alerts.page(active, page.next(), 3)) {
            page.alerts().forEach(alert -> paged.add(alert.id()));
            if (page.next() == null) {
                break;
            }
        }
        assertThat(paged).isNotEmpty().containsExactlyElementsOf(expected);
        String otherUnit = rows(row -> !scope.includes(row.unit()), NEWEST_FIRST).getFirst().unit();
        AlertFilter others = new AlertFilter(null, null, otherUnit, null, null, null, null);
        assertThat(alerts.page(others, null, 10).alerts()).as("another unit's alerts are not theirs").isEmpty();
        assertThat(alerts.count(others)).isZero();
    }

    @Test
    void a_cursor_that_was_not_written_by_the_list_is_refused_with_the_parameter_named() {
        assertThat(AlertCursor.parse(new AlertCursor(Instant.parse("2030-01-01T08:00:00.123456Z"), 42).token(),
                "after")).isEqualTo(new AlertCursor(Instant.parse("2030-01-01T08:00:00.123456Z"), 42));
        for (String bad : List.of("", "42", "yesterday~42", "2030-01-01T08:00:00Z~x", "~42")) {
            assertThatThrownBy(() -> AlertCursor.parse(bad, "after")).as(bad)
                    .isInstanceOfSatisfying(AlertInputException.class, refused -> {
                        assertThat(refused.getField()).isEqualTo("after");
                        assertThat(refused.getCode()).isEqualTo("badCursor");
                    });
        }
    }
}
