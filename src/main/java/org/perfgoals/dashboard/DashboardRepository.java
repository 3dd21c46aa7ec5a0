package org.perfgoals.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfgoals.security.ReadScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The overview's reads: a handful of aggregate queries whose number does not grow with the number of projects or
 * indicators (one per table, grouped by project and month). Plain SQL that runs on H2 and PostgreSQL. Every query
 * is narrowed to the reader's {@link ReadScope} by the project's (or alert's) {@code department}: a figure of
 * another unit is never read, let alone shown.
 */
@Repository
public class DashboardRepository {

    private final NamedParameterJdbcTemplate jdbc;

    DashboardRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What the overview needs of every project of the year in the unit (or all units the reader may see), read from
     * the per-project rows {@link OverviewFacts} keeps up to date: one row per project and one per project and month,
     * the unit's rows only when a unit is chosen (through the index on year and unit).
     */
    Sources facts(int year, int month, String unit, ReadScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("year", year);
        String unitCondition = within(scope, "department", parameters);
        if (unit != null) {
            unitCondition += " and department = :department";
            parameters.addValue("department", unit);
        }
        List<ProjectFacts> projects = new ArrayList<>();
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, BigDecimal> budgetWeights = new HashMap<>();
        jdbc.query("select project_id, department, name, fund_use, budget, indicators, derived, budget_weight"
                + " from overview_project where project_year = :year" + unitCondition
                + " order by department, name, project_id", parameters, row -> {
                    long id = row.getLong(1);
                    projects.add(new ProjectFacts(id, row.getString(2), row.getString(3), row.getString(4),
                            row.getBigDecimal(5)));
                    int indicators = row.getInt(6);
                    if (indicators > 0) {
                        counts.put(id, new int[] {indicators, row.getInt(7)});
                    }
                    BigDecimal weight = row.getBigDecimal(8);
                    if (weight != null) {
                        budgetWeights.put(id, weight);
                    }
                });
        Map<Long, Map<Integer, Map<String, Integer>>> statuses = new HashMap<>();
        Map<Long, Map<Integer, BigDecimal>> spending = new HashMap<>();
        Map<Long, BigDecimal[]> scores = new HashMap<>();
        // All units: the year's range of the table's key; one unit: the rows of the index on (year, unit).
        String monthsOf = unit == null ? "row_key between :firstKey and :lastKey" : "period_year = :year";
        parameters.addValue("firstKey", OverviewMonthKey.first(year)).addValue("lastKey", OverviewMonthKey.last(year));
        jdbc.query("select project_id, period_month, red, yellow, no_data, needs_assessment, blue, green, scored,"
                + " score_points, score_weight, spent from overview_month where " + monthsOf
                + unitCondition, parameters, row -> {
                    long id = row.getLong(1);
                    int periodMonth = row.getInt(2);
                    Map<String, Integer> byStatus = null;
                    for (int column = 3; column <= 8; column++) {
                        int count = row.getInt(column);
                        if (count > 0) {
                            if (byStatus == null) {
                                byStatus = statuses.computeIfAbsent(id, key -> new HashMap<>())
                                        .computeIfAbsent(periodMonth, key -> new HashMap<>());
                            }
                            byStatus.put(OverviewFactsRepository.COUNTED_STATUSES.get(column - 3), count);
                        }
                    }
                    if (periodMonth == month && row.getInt(9) > 0) {
                        scores.put(id, new BigDecimal[] {row.getBigDecimal(10), row.getBigDecimal(11)});
                    }
                    BigDecimal spent = row.getBigDecimal(12);
                    if (spent != null) {
                        spending.computeIfAbsent(id, key -> new HashMap<>()).put(periodMonth, spent);
                    }
                });
        return new Sources(projects, counts, statuses, spending, scores, budgetWeights);
    }

    /** What {@link OverviewCalculator} computes an overview from, however it was read. */
    record Sources(List<ProjectFacts> projects, Map<Long, int[]> indicatorCounts,
                   Map<Long, Map<Integer, Map<String, Integer>>> statusCounts,
                   Map<Long, Map<Integer, BigDecimal>> spending, Map<Long, BigDecimal[]> weightedScores,
                   Map<Long, BigDecimal> budgetWeights) {
    }

    List<ProjectFacts> projects(int year, String unit, ReadScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("year", year);
        String sql = "select id, department, name, fund_use, current_year_budget from project"
                + " where project_year = :year" + within(scope, "department", parameters);
        if (unit != null) {
            sql += " and department = :department";
            parameters.addValue("department", unit);
        }
        return jdbc.query(sql + " order by department, name, id", parameters, (row, i) -> new ProjectFacts(
                row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getBigDecimal(5)));
    }

    /** Per project: the number of indicators, and how many of them are derived from the budget (预算执行率). */
    Map<Long, int[]> indicatorCounts(int year, ReadScope scope) {
        Map<Long, int[]> counts = new HashMap<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource("year", year);
        jdbc.query("""
                select i.project_id, count(*), sum(case when i.name like '%预算执行率%' then 1 else 0 end)
                from indicator i join project p on p.id = i.project_id where p.project_year = :year"""
                + within(scope, "p.department", parameters) + " group by i.project_id", parameters,
                row -> {
                    counts.put(row.getLong(1), new int[] {row.getInt(2), row.getInt(3)});
                });
        return counts;
    }

    /** Per project and month: how many actuals have each status. */
    Map<Long, Map<Integer, Map<String, Integer>>> statusCounts(int year, ReadScope scope) {
        Map<Long, Map<Integer, Map<String, Integer>>> counts = new HashMap<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource("year", year);
        jdbc.query("""
                select a.project_id, a.period_month, a.status, count(*) from actual_value a
                join project p on p.id = a.project_id where a.period_year = :year"""
                + within(scope, "p.department", parameters)
                + " group by a.project_id, a.period_month, a.status", parameters,
                row -> {
                    counts.computeIfAbsent(row.getLong(1), id -> new HashMap<>())
                            .computeIfAbsent(row.getInt(2), month -> new HashMap<>())
                            .put(row.getString(3), row.getInt(4));
                });
        return counts;
    }

    /** Per project and month: the amount spent within that month's period (not cumulative). */
    Map<Long, Map<Integer, BigDecimal>> spending(int year, ReadScope scope) {
        Map<Long, Map<Integer, BigDecimal>> spent = new HashMap<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource("year", year);
        jdbc.query("""
                select b.project_id, b.period_month, sum(b.amount) from budget_execution b
                join project p on p.id = b.project_id where b.period_year = :year"""
                + within(scope, "p.department", parameters) + " group by b.project_id, b.period_month", parameters,
                row -> {
                    spent.computeIfAbsent(row.getLong(1), id -> new HashMap<>())
                            .put(row.getInt(2), row.getBigDecimal(3));
                });
        return spent;
    }

    /** Active alerts by type, for one unit or all the reader may see. */
    Map<String, Long> activeAlertsByType(String unit, ReadScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String sql = "select alert_type, count(*) from alert where status <> 'RESOLVED'"
                + within(scope, "department", parameters);
        if (unit != null) {
            sql += " and department = :department";
            parameters.addValue("department", unit);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql + " group by alert_type order by alert_type", parameters,
                row -> {
                    counts.put(row.getString(1), row.getLong(2));
                });
        return counts;
    }

    /** Per project: the sum of score times weight, and of weight, over the scored values of one period. */
    Map<Long, BigDecimal[]> weightedScores(int year, int month, ReadScope scope) {
        Map<Long, BigDecimal[]> scores = new HashMap<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource("year", year).addValue("month", month);
        jdbc.query("""
                select a.project_id, sum(a.score * i.weight), sum(i.weight) from actual_value a
                join indicator i on i.id = a.indicator_id join project p on p.id = a.project_id
                where a.period_year = :year and a.period_month = :month and a.score is not null"""
                + within(scope, "p.department", parameters) + " group by a.project_id", parameters,
                row -> {
                    scores.put(row.getLong(1), new BigDecimal[] {row.getBigDecimal(2), row.getBigDecimal(3)});
                });
        return scores;
    }

    /** Per project: the weight of its 预算执行率 indicators, which are scored from the budget, not from a value. */
    Map<Long, BigDecimal> budgetIndicatorWeights(int year, ReadScope scope) {
        Map<Long, BigDecimal> weights = new HashMap<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource("year", year);
        jdbc.query("""
                select i.project_id, sum(i.weight) from indicator i join project p on p.id = i.project_id
                where p.project_year = :year and i.name like '%预算执行率%' and i.weight is not null"""
                + within(scope, "p.department", parameters) + " group by i.project_id", parameters,
                row -> {
                    weights.put(row.getLong(1), row.getBigDecimal(2));
                });
        return weights;
    }

    List<String> units(int year, ReadScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("year", year);
        return jdbc.queryForList("select distinct department from project where project_year = :year"
                + within(scope, "department", parameters) + " order by department", parameters, String.class);
    }

    /** The scope as a condition on a unit column: none for everything, an always-false one for no unit at all. */
    private static String within(ReadScope scope, String column, MapSqlParameterSource parameters) {
        return switch (scope) {
            case ReadScope.Everything everything -> "";
            case ReadScope.Units(var names) when names.isEmpty() -> " and 1 = 0";
            case ReadScope.Units(var names) -> {
                parameters.addValue("units", names);
                yield " and " + column + " in (:units)";
            }
        };
    }
}
