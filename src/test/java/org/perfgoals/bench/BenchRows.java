package org.perfgoals.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Set-based writes and raw reads for the benchmarks, on H2 and PostgreSQL: a row source of numbers
 * ({@code system_range} / {@code generate_series}), copies of generated projects with all their rows made by
 * {@code insert … select} (no row passes through Java), and a streamed scan that reads every cell of a query's rows.
 */
final class BenchRows {

    /**
     * The rows an overview of a year reads (parameter: the year): its per-project rows and the active alerts it
     * counts by type.
     */
    static final String[] OVERVIEW_ROWS = {
        "select project_id, department, name, fund_use, budget, indicators, derived, budget_weight"
                + " from overview_project where project_year = ?",
        "select project_id, period_month, red, yellow, no_data, needs_assessment, blue, green, scored,"
                + " score_points, score_weight, spent from overview_month"
                // The year's range of the table's key, as the overview reads it (Flyway V16, OverviewMonthKey)
                + " where row_key between cast(? as bigint) * 1000000000000"
                + " and (cast(? as bigint) + 1) * 1000000000000 - 1",
        "select alert_type, department from alert where status <> 'RESOLVED'"};

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final boolean postgres;

    BenchRows(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.postgres = BenchData.postgres(dataSource);
    }

    boolean postgres() {
        return postgres;
    }

    String database() {
        return postgres ? "postgres" : "h2";
    }

    /** A row source {@code alias} with one column {@code x} counting from {@code from} to {@code to}. */
    String numbers(String alias, long from, long to) {
        return BenchData.range(postgres, alias, from, to);
    }

    /**
     * Makes {@code copies} more of each project of {@code year} with an id from {@code firstProject} on (as the
     * generator wrote them): the project (its name numbered), its budget items, indicators, actuals, spending and
     * alerts, each id moved past the table's highest. The rows only the project's own pages and the workflow read
     * (period reports, target parts, actual parts, alert events, history) are not copied. Then the identities move
     * past the copies and the planner's statistics are renewed.
     *
     * @return the number of projects of the year afterwards
     */
    long copyProjects(int year, long firstProject, int copies) {
        long lastProject = max("project");
        Map<String, Long> strides = Map.of("project", lastProject, "budget_item", max("budget_item"),
                "indicator", max("indicator"), "actual_value", max("actual_value"),
                "budget_execution", max("budget_execution"), "alert", max("alert"));
        String own = " between " + firstProject + " and " + lastProject;
        // At most ten copies per statement: bounded transactions, and still few statements.
        for (int from = 1; from <= copies; from += 10) {
            int to = Math.min(copies, from + 9);
            copy("project", strides, Map.of("name", "t.name || ' #' || cast(c.x as varchar(12))"),
                    "t.project_year = " + year + " and t.id" + own, from, to);
            copy("budget_item", strides, Map.of(), "t.project_id" + own, from, to);
            copy("indicator", strides, Map.of(), "t.project_id" + own, from, to);
            copy("actual_value", strides, Map.of(), "t.project_id" + own, from, to);
            copy("budget_execution", strides, Map.of(), "t.project_id" + own, from, to);
            copy("alert", strides, Map.of(), "t.project_id" + own, from, to);
        }
        for (String table : strides.keySet()) {
            jdbc.sql("alter table " + table + " alter column id restart with " + (max(table) + 1)).update();
        }
        jdbc.sql("analyze").update();
        return jdbc.sql("select count(*) from project where project_year = ?").param(year).query(Long.class)
                .single();
    }

    private void copy(String table, Map<String, Long> strides, Map<String, String> overrides, String where,
                      int from, int to) {
        List<String> columns = columns(table);
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            String referenced = column.equals("id") ? table
                    : column.endsWith("_id") ? column.substring(0, column.length() - 3) : null;
            if (overrides.containsKey(column)) {
                values.add(overrides.get(column));
            } else if (referenced != null && strides.containsKey(referenced)) {
                values.add("t." + column + " + c.x * " + strides.get(referenced));
            } else {
                values.add("t." + column);
            }
        }
        jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + table + " t cross join " + numbers("c", from, to) + " where " + where).update();
    }

    private List<String> columns(String table) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select * from " + table + " where 1 = 0");
             ResultSet rows = statement.executeQuery()) {
            List<String> columns = new ArrayList<>();
            for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                columns.add(rows.getMetaData().getColumnName(c).toLowerCase(Locale.ROOT));
            }
            return columns;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long max(String table) {
        return jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
    }

    /**
     * Reads every row of each query (parameter: {@code year}) and looks at every cell, streamed rather than
     * buffered: the lower bound of any computation over these rows.
     *
     * @return the non-null cells read
     */
    long scan(int year, String... queries) {
        long cells = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (postgres) {
                // PostgreSQL streams a result only inside a transaction and with a fetch size.
                connection.setAutoCommit(false);
            } else {
                connection.createStatement().execute("set lazy_query_execution true");
            }
            for (String sql : queries) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setFetchSize(10_000);
                    for (int parameter = 1; parameter <= sql.chars().filter(c -> c == '?').count(); parameter++) {
                        statement.setInt(parameter, year);
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int c = 1; c <= columns; c++) {
                                if (rows.getObject(c) != null) {
                                    cells++;
                                }
                            }
                        }
                    }
                }
            }
            if (postgres) {
                connection.commit();
                connection.setAutoCommit(autoCommit);
            } else {
                connection.createStatement().execute("set lazy_query_execution false");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (cells == 0) {
            throw new IllegalStateException("the raw scan read nothing");
        }
        return cells;
    }
}
