package org.perfgoals.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the benchmarks share: timing, the heap after a GC, and data written set-based straight into the database
 * (one statement per table, H2 or PostgreSQL), so that a benchmark at 100,000 projects spends its time on what it
 * measures and not on making the data.
 */
final class BenchData {

    private BenchData() {
    }

    static long millis(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The median of {@code runs} timed runs after {@code warmups} untimed ones, in milliseconds. */
    static double medianMillis(int warmups, int runs, Runnable work) {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }

    static long heapMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1024 / 1024;
    }

    static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The numbers 0 … n - 1 as the rows of a column x: H2's system_range, PostgreSQL's generate_series. */
    static String numbers(boolean postgres, int n) {
        return range(postgres, "numbers", 0, n - 1);
    }

    /** A row source {@code alias} with one column {@code x} counting from {@code from} to {@code to}. */
    static String range(boolean postgres, String alias, long from, long to) {
        return postgres ? "generate_series(" + from + ", " + to + ") as " + alias + "(x)"
                : "system_range(" + from + ", " + to + ") " + alias;
    }

    /**
     * {@code n} projects of {@code year} named 基准项目 0 … n - 1, spread over {@code units} in turn, with ids after
     * the largest one. Returns the first id.
     */
    static long insertProjects(JdbcClient jdbc, boolean postgres, int n, int year, List<String> units) {
        long first = jdbc.sql("select coalesce(max(id), 0) + 1 from project").query(Long.class).single();
        jdbc.sql("insert into project (id, version, project_year, department, name)"
                        + " select :first + x, 0, :year, u.name, '基准项目' || x from " + numbers(postgres, n)
                        + " join (select name, row_number() over (order by name) - 1 as k from unit"
                        + " where name in (:units)) u on u.k = mod(x, :unitCount)")
                .param("first", first).param("year", year).param("units", units).param("unitCount", units.size())
                .update();
        if (postgres) {
            jdbc.sql("select setval(pg_get_serial_sequence('project', 'id'), (select max(id) from project))")
                    .query(Long.class).single();
        }
        return first;
    }

    /** A period report of {@code month} SUBMITTED for the projects of {@code year} whose id meets {@code which}. */
    static void submit(JdbcClient jdbc, int year, int month, String which) {
        jdbc.sql("insert into period_report (version, project_id, period_year, period_month, state, demo)"
                        + " select 0, id, :year, :month, 'SUBMITTED', false from project"
                        + " where project_year = :year and " + which)
                .param("year", year).param("month", month).update();
    }

    /** {@code n} units 基准单位 0 … n - 1 below the first unit that has a parent's, for data spread over units. */
    static List<String> insertUnits(JdbcClient jdbc, boolean postgres, int n) {
        long parent = jdbc.sql("select parent_id from unit where parent_id is not null order by id").query(Long.class)
                .list().getFirst();
        jdbc.sql("insert into unit (name, parent_id, created_at, version) select '基准单位' || x, :parent,"
                + " current_timestamp, 0 from " + numbers(postgres, n)).param("parent", parent).update();
        return jdbc.sql("select name from unit where name like '基准单位%' order by name").query(String.class).list();
    }
}
