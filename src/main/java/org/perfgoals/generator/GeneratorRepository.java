package org.perfgoals.generator;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The generator's writes: JDBC batch inserts, one statement per table and chunk, ids returned by the database. */
@Repository
public class GeneratorRepository {

    static final String PROJECT = """
            insert into project (version, project_year, department, name, project_type, fund_use, owner, contact,
                phone, start_date, end_date, overview, legal_basis, necessity, safeguards, implementation_plan,
                overall_goal, annual_goal, remark, total_budget, current_year_budget, previous_year_budget,
                previous_year_executed, imported_by, imported_at)
            values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String BUDGET_ITEM =
            "insert into budget_item (project_id, sort_order, name, amount) values (?, ?, ?, ?)";
    static final String INDICATOR = """
            insert into indicator (project_id, sort_order, level1, level2, name, target_text, target_kind, comparator,
                target_value, target_unit, expected, deadline, free_text, source_line, accumulation, weight)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String TARGET_PART = """
            insert into indicator_target_part (indicator_id, sort_order, label, comparator, target_value, target_unit)
            values (?, ?, ?, ?, ?, ?)""";
    static final String ACTUAL = """
            insert into actual_value (indicator_id, project_id, period_year, period_month, numeric_value, assessment,
                done, done_on, deviation_cause, deviation_text, measures, likelihood, status, updated_by, updated_at,
                demo, score)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'generator', ?, true, ?)""";
    static final String ACTUAL_PART = "insert into actual_part_value (actual_id, label, part_value) values (?, ?, ?)";
    static final String EXECUTION = """
            insert into budget_execution (budget_item_id, project_id, period_year, period_month, amount, updated_by,
                updated_at, demo)
            values (?, ?, ?, ?, ?, 'generator', ?, true)""";
    static final String REPORT = """
            insert into period_report (version, project_id, period_year, period_month, state, updated_by, updated_at,
                submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment, demo)
            values (0, ?, ?, ?, ?, 'generator', ?, ?, ?, ?, ?, ?, true)""";
    static final String ALERT = """
            insert into alert (version, alert_type, status, project_id, project_name, department, indicator_id,
                subject_name, period_year, period_month, target_text, actual_text, raised_at, updated_at, demo)
            values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""";
    static final String ALERT_EVENT = """
            insert into alert_event (alert_id, sort_order, action, actor, happened_at, comment)
            values (?, ?, ?, 'generator', ?, ?)""";

    private final JdbcTemplate jdbc;

    GeneratorRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the rows in one batch and returns the id the database gave each, in order. */
    long[] insertReturningIds(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new long[0];
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement(sql, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        Object[] row = rows.get(i);
                        for (int column = 0; column < row.length; column++) {
                            StatementCreatorUtils.setParameterValue(statement, column + 1, SqlTypeValue.TYPE_UNKNOWN,
                                    row[column]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                }, keys);
        List<Map<String, Object>> list = keys.getKeyList();
        if (list.size() != rows.size()) {
            throw new IllegalStateException("Expected " + rows.size() + " generated ids, got " + list.size());
        }
        long[] ids = new long[list.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ((Number) list.get(i).values().iterator().next()).longValue();
        }
        return ids;
    }

    void insert(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    int countProjects() {
        Integer count = jdbc.queryForObject("select count(*) from project", Integer.class);
        return count == null ? 0 : count;
    }

    /** The highest number the generator gave a project so far, so that names stay unique across runs. */
    long maxProjectId() {
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from project", Long.class);
        return max == null ? 0 : max;
    }
}
