package org.perfgoals.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The writes of the overview's per-project rows ({@code overview_project}, {@code overview_month}, Flyway V12) and of
 * the marks of projects whose rows are out of date ({@code overview_dirty}). The rows are recomputed from the source
 * tables with the same aggregates the overview once ran over the whole year, restricted to a chunk of projects
 * (through the source tables' project indexes). Plain SQL that runs on H2 and PostgreSQL.
 */
@Repository
class OverviewFactsRepository {

    /** Projects recomputed per statement: bounded IN lists, and bounded work per statement. */
    static final int CHUNK = 1_000;

    private static final String PROJECT_ROWS = """
            insert into overview_project (project_id, project_year, department, name, fund_use, budget, indicators,
                derived, budget_weight)
            select p.id, p.project_year, p.department, p.name, p.fund_use, p.current_year_budget,
                (select count(*) from indicator i where i.project_id = p.id),
                (select count(*) from indicator i where i.project_id = p.id and i.name like '%预算执行率%'),
                (select sum(i.weight) from indicator i
                 where i.project_id = p.id and i.name like '%预算执行率%' and i.weight is not null)
            from project p where p.id in (:ids)""";

    private static final String MONTH_ROWS = """
            insert into overview_month (project_id, period_year, period_month, department, red, yellow, no_data,
                needs_assessment, blue, green, scored, score_points, score_weight, spent)
            select x.project_id, x.period_year, x.period_month, p.department, sum(x.red), sum(x.yellow),
                sum(x.no_data), sum(x.needs_assessment), sum(x.blue), sum(x.green), sum(x.scored),
                sum(x.score_points), sum(x.score_weight), sum(x.spent)
            from (
                select a.project_id, a.period_year, a.period_month,
                    case when a.status = 'RED' then 1 else 0 end as red,
                    case when a.status = 'YELLOW' then 1 else 0 end as yellow,
                    case when a.status = 'NO_DATA' then 1 else 0 end as no_data,
                    case when a.status = 'NEEDS_ASSESSMENT' then 1 else 0 end as needs_assessment,
                    case when a.status = 'BLUE' then 1 else 0 end as blue,
                    case when a.status = 'GREEN' then 1 else 0 end as green,
                    case when a.score is not null then 1 else 0 end as scored,
                    case when a.score is not null then a.score * i.weight end as score_points,
                    case when a.score is not null then i.weight end as score_weight,
                    cast(null as numeric(18, 2)) as spent
                from actual_value a join indicator i on i.id = a.indicator_id
                where a.project_id in (:ids)
                union all
                select b.project_id, b.period_year, b.period_month, 0, 0, 0, 0, 0, 0, 0,
                    cast(null as numeric(18, 8)), cast(null as numeric(9, 4)), b.amount
                from budget_execution b
                where b.project_id in (:ids)
            ) x join project p on p.id = x.project_id and p.project_year = x.period_year
            group by x.project_id, x.period_year, x.period_month, p.department""";

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

    void unmark(List<Long> markIds) {
        for (int from = 0; from < markIds.size(); from += CHUNK) {
            jdbc.update("delete from overview_dirty where id in (:ids)", new MapSqlParameterSource("ids",
                    markIds.subList(from, Math.min(markIds.size(), from + CHUNK))));
        }
    }

    /** Every project's id, in order, for recomputing all rows chunk by chunk. */
    List<Long> allProjects() {
        return jdbc.queryForList("select id from project order by id", new MapSqlParameterSource(), Long.class);
    }

    void forgetAll() {
        jdbc.update("delete from overview_month", new MapSqlParameterSource());
        jdbc.update("delete from overview_project", new MapSqlParameterSource());
    }

    /** Recomputes the rows of at most {@link #CHUNK} projects; a project that no longer exists loses its rows. */
    void recompute(Collection<Long> projectIds) {
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", projectIds);
        jdbc.update("delete from overview_month where project_id in (:ids)", ids);
        jdbc.update("delete from overview_project where project_id in (:ids)", ids);
        jdbc.update(PROJECT_ROWS, ids);
        jdbc.update(MONTH_ROWS, ids);
    }

    /** After recomputing everything: the rows of projects that were recomputed are all there is. */
    void insertAll(Collection<Long> projectIds) {
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", projectIds);
        jdbc.update(PROJECT_ROWS, ids);
        jdbc.update(MONTH_ROWS, ids);
    }
}
