package org.perfgoals.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The writes of the overview's per-project rows ({@code overview_project}, {@code overview_month}, Flyway V12) and of
 * the marks of projects whose rows are out of date ({@code overview_dirty}). The rows are recomputed from the source
 * tables with the same aggregates the overview once ran over the whole year, restricted to a chunk of projects
 * (through the source tables' project indexes) and grouped per project and month in the same statement that inserts
 * them. Plain SQL that runs on H2 and PostgreSQL.
 */
@Repository
class OverviewFactsRepository {

    /** Projects recomputed per statement when everything is: a range of ids, bounded work per statement. */
    static final int CHUNK = 1_000;
    /** Marked projects recomputed per statement: short IN lists. */
    static final int MARKED_CHUNK = 50;

    /**
     * The stored statuses a month's values are counted by, each in the column of its name: every {@code Status} the
     * evaluator gives (a test holds them equal; one missing here would be counted nowhere).
     */
    static final List<String> COUNTED_STATUSES = List.of("RED", "YELLOW", "NO_DATA", "NEEDS_ASSESSMENT", "BLUE",
            "GREEN");
    private static final String STATUS_COUNTS = String.join(",", COUNTED_STATUSES.stream().map(status ->
            " sum(case when a.status = '" + status + "' then 1 else 0 end) " + status.toLowerCase(Locale.ROOT))
            .toList());

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
     * Computes and inserts the rows of the projects whose id meets {@code condition}, who have none: two
     * {@code insert … select} statements, each restricted to the projects through its tables' project indexes, so no
     * row passes through Java (a value or spending of another year than the project's own is never shown, so it is
     * not kept). The indicators joined to the values are restricted by their own project too: without it H2 reads
     * every indicator and looks up its values, work that grows with all the projects, not with those recomputed.
     */
    private void insert(String condition, MapSqlParameterSource ids) {
        jdbc.update("""
                insert into overview_project (project_id, project_year, department, name, fund_use, budget,
                    indicators, derived, budget_weight)
                select p.id, p.project_year, p.department, p.name, p.fund_use, p.current_year_budget,
                    coalesce(i.indicators, 0), coalesce(i.derived, 0), i.budget_weight
                from project p left join (
                    select project_id, count(*) indicators,
                        sum(case when name like '%预算执行率%' then 1 else 0 end) derived,
                        sum(case when name like '%预算执行率%' then weight end) budget_weight
                    from indicator where project_id""" + condition + """
                     group by project_id) i on i.project_id = p.id
                where p.id""" + condition, ids);
        jdbc.update("""
                insert into overview_month (row_key, project_id, period_year, period_month, department, red, yellow,
                    no_data, needs_assessment, blue, green, scored, score_points, score_weight, spent)
                select""" + OverviewMonthKey.sql("p.project_year", "m.project_id", "m.period_month") + """
                    , m.project_id, p.project_year, m.period_month, p.department, sum(m.red), sum(m.yellow),
                    sum(m.no_data), sum(m.needs_assessment), sum(m.blue), sum(m.green), sum(m.scored),
                    sum(m.score_points), sum(m.score_weight), sum(m.spent)
                from (
                    select a.project_id, a.period_year, a.period_month,""" + STATUS_COUNTS + """
                        , count(a.score) scored, sum(a.score * i.weight) score_points,
                        sum(case when a.score is not null then i.weight end) score_weight,
                        cast(null as numeric(24, 2)) spent
                    from actual_value a join indicator i on i.id = a.indicator_id
                    where a.project_id""" + condition + " and i.project_id" + condition + """
                     group by a.project_id, a.period_year, a.period_month
                    union all
                    select project_id, period_year, period_month, 0, 0, 0, 0, 0, 0, 0,
                        cast(null as numeric(38, 8)), cast(null as numeric(24, 4)), sum(amount)
                    from budget_execution where project_id""" + condition + """
                     group by project_id, period_year, period_month) m
                join project p on p.id = m.project_id and p.project_year = m.period_year
                group by m.project_id, p.project_year, m.period_month, p.department""", ids);
    }
}
