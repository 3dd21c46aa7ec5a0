package org.perfgoals.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The writes of the overview's per-project rows ({@code overview_project}, {@code overview_month}, Flyway V12) and of
 * the marks of projects whose rows are out of date ({@code overview_dirty}). The rows are recomputed from the source
 * tables with the same aggregates the overview once ran over the whole year, restricted to a chunk of projects
 * (through the source tables' project indexes) and merged per project and month here. Plain SQL that runs on H2
 * and PostgreSQL.
 */
@Repository
class OverviewFactsRepository {

    /** Projects recomputed per statement when everything is: a range of ids, bounded work per statement. */
    static final int CHUNK = 1_000;
    /** Marked projects recomputed per statement: short IN lists. */
    static final int MARKED_CHUNK = 50;

    private final NamedParameterJdbcTemplate jdbc;

    OverviewFactsRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks projects as out of date; a null id marks every project. */
    void mark(Collection<Long> projectIds) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        projectIds.forEach(id -> rows.add(new MapSqlParameterSource("project", id)));
        jdbc.batchUpdate("insert into overview_dirty (project_id) values (:project)",
                rows.toArray(MapSqlParameterSource[]::new));
    }

    void markEverything() {
        jdbc.update("insert into overview_dirty (project_id) values (null)", new MapSqlParameterSource());
    }

    /** Whether any mark is waiting: one index read, before any lock is taken. */
    boolean anyMarked() {
        return !jdbc.queryForList("select id from overview_dirty fetch first 1 rows only",
                new MapSqlParameterSource(), Long.class).isEmpty();
    }

    /** Waits for, and then holds until the transaction ends, the right to bring the rows up to date. */
    void lock() {
        jdbc.queryForList("select name from node_lock where name = 'overview-facts' for update",
                new MapSqlParameterSource(), String.class);
    }

    /** The marks committed so far: their ids, and their projects (a null project for everything). */
    List<Mark> marks() {
        return jdbc.query("select id, project_id from overview_dirty", new MapSqlParameterSource(),
                (row, i) -> new Mark(row.getLong(1), row.getObject(2) == null ? null : row.getLong(2)));
    }

    record Mark(long id, Long project) {
    }

    /** Deletes exactly these marks (by primary key, batched): a mark committed since they were read stays. */
    void unmark(List<Long> markIds) {
        jdbc.getJdbcOperations().batchUpdate("delete from overview_dirty where id = ?",
                markIds.stream().map(id -> new Object[] {id}).toList());
    }

    /** Every project's id, in order, for recomputing all rows range by range. */
    List<Long> allProjects() {
        return jdbc.queryForList("select id from project order by id", new MapSqlParameterSource(), Long.class);
    }

    void forgetAll() {
        jdbc.update("delete from overview_month", new MapSqlParameterSource());
        jdbc.update("delete from overview_project", new MapSqlParameterSource());
    }

    /**
     * Recomputes the rows of at most {@link #MARKED_CHUNK} projects; a project that no longer exists loses its rows.
     * (H2 answers an IN list of a thousand parameters in seconds but one of a few dozen in a millisecond.)
     */
    void recompute(Collection<Long> projectIds) {
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", projectIds);
        jdbc.update("delete from overview_month where project_id in (:ids)", ids);
        jdbc.update("delete from overview_project where project_id in (:ids)", ids);
        insert(" in (:ids)", ids);
    }

    /** Computes and inserts the rows of the projects with an id from {@code from} to {@code to} (none yet). */
    void insertRange(long from, long to) {
        insert(" between :from and :to", new MapSqlParameterSource("from", from).addValue("to", to));
    }

    /**
     * Computes and inserts the rows of the projects whose id meets {@code condition}, who have none: a few grouped
     * queries, each restricted to the projects through its table's project index, merged here by project and month
     * (a value or spending of another year than the project's own is never shown, so it is not kept).
     */
    private void insert(String condition, MapSqlParameterSource ids) {
        Map<Long, Object[]> projects = new LinkedHashMap<>();
        jdbc.query("select id, project_year, department, name, fund_use, current_year_budget from project"
                + " where id" + condition, ids, row -> {
                    projects.put(row.getLong(1), new Object[] {row.getLong(1), row.getInt(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getBigDecimal(6), 0, 0, null});
                });
        if (projects.isEmpty()) {
            return;
        }
        jdbc.query("""
                select project_id, count(*), sum(case when name like '%预算执行率%' then 1 else 0 end),
                    sum(case when name like '%预算执行率%' then weight end)
                from indicator where project_id""" + condition + " group by project_id", ids, row -> {
                    Object[] project = projects.get(row.getLong(1));
                    if (project != null) {
                        project[6] = row.getInt(2);
                        project[7] = row.getInt(3);
                        project[8] = row.getBigDecimal(4);
                    }
                });
        Map<Long, Map<Integer, Month>> months = new HashMap<>();
        jdbc.query("select project_id, period_year, period_month, status, count(*) from actual_value"
                + " where project_id" + condition + " group by project_id, period_year, period_month, status", ids,
                row -> {
                    Month month = month(projects, months, row.getLong(1), row.getInt(2), row.getInt(3));
                    if (month != null) {
                        month.count(row.getString(4), row.getInt(5));
                    }
                });
        jdbc.query("""
                select a.project_id, a.period_year, a.period_month, count(*), sum(a.score * i.weight), sum(i.weight)
                from actual_value a join indicator i on i.id = a.indicator_id
                where a.score is not null and a.project_id""" + condition
                + " group by a.project_id, a.period_year, a.period_month", ids, row -> {
                    Month month = month(projects, months, row.getLong(1), row.getInt(2), row.getInt(3));
                    if (month != null) {
                        month.scored = row.getInt(4);
                        month.points = row.getBigDecimal(5);
                        month.weight = row.getBigDecimal(6);
                    }
                });
        jdbc.query("select project_id, period_year, period_month, sum(amount) from budget_execution"
                + " where project_id" + condition + " group by project_id, period_year, period_month", ids, row -> {
                    Month month = month(projects, months, row.getLong(1), row.getInt(2), row.getInt(3));
                    if (month != null) {
                        month.spent = row.getBigDecimal(4);
                    }
                });
        jdbc.getJdbcOperations().batchUpdate("""
                insert into overview_project (project_id, project_year, department, name, fund_use, budget,
                    indicators, derived, budget_weight) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                new ArrayList<>(projects.values()));
        List<Object[]> monthRows = new ArrayList<>();
        months.forEach((project, byMonth) -> byMonth.forEach((number, month) -> monthRows.add(new Object[] {
            project, projects.get(project)[1], number, projects.get(project)[2], month.counts[0], month.counts[1],
            month.counts[2], month.counts[3], month.counts[4], month.counts[5], month.scored, month.points,
            month.weight, month.spent})));
        jdbc.getJdbcOperations().batchUpdate("""
                insert into overview_month (project_id, period_year, period_month, department, red, yellow, no_data,
                    needs_assessment, blue, green, scored, score_points, score_weight, spent)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", monthRows);
    }

    /** The month's row of a project, or null for a month of another year than the project's own. */
    private static Month month(Map<Long, Object[]> projects, Map<Long, Map<Integer, Month>> months, long project,
                               int year, int number) {
        Object[] facts = projects.get(project);
        if (facts == null || (int) facts[1] != year) {
            return null;
        }
        return months.computeIfAbsent(project, id -> new HashMap<>()).computeIfAbsent(number, key -> new Month());
    }

    /** One project's month: values by stored status (in the columns' order), scored values, spending. */
    private static final class Month {

        private static final List<String> STATUSES = List.of("RED", "YELLOW", "NO_DATA", "NEEDS_ASSESSMENT", "BLUE",
                "GREEN");

        private final int[] counts = new int[STATUSES.size()];
        private int scored;
        private BigDecimal points;
        private BigDecimal weight;
        private BigDecimal spent;

        void count(String status, int count) {
            int column = STATUSES.indexOf(status);
            if (column < 0) {
                throw new IllegalStateException("A stored status the overview does not know: " + status);
            }
            counts[column] += count;
        }
    }
}
