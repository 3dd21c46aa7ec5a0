package org.perfgoals.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfgoals.unit.domain.UnitTree;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The unit table read and written in whole sets: the tree in one query, counts per unit in one query each, and the
 * rows a merge moves in one statement per table. The project, alert and user tables are only named here, in SQL,
 * so the unit feature depends on none of those features' code.
 */
@Component
class UnitTable {

    private final JdbcClient jdbc;

    UnitTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UnitTree tree() {
        return new UnitTree(jdbc.sql("select id, name, parent_id from unit")
                .query((row, i) -> new UnitTree.Node(row.getLong("id"), row.getString("name"),
                        row.getObject("parent_id", Long.class)))
                .list());
    }

    /** The names of the unit and of every unit below it, walked by the database. */
    Set<String> subtreeNames(String name) {
        return Set.copyOf(jdbc.sql("""
                        with recursive below (id) as (
                            select id from unit where name = :name
                            union all
                            select u.id from unit u join below b on u.parent_id = b.id)
                        select name from unit where id in (select id from below)""")
                .param("name", name).query(String.class).list());
    }

    Map<String, Long> idsByName() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, name from unit").query(row -> {
            ids.put(row.getString("name"), row.getLong("id"));
        });
        return ids;
    }

    Map<String, Long> projectCounts() {
        return counts("select department as unit_name, count(*) as n from project group by department");
    }

    Map<String, Long> userCounts() {
        return counts("select unit_name, count(*) as n from app_user where unit_name is not null group by unit_name");
    }

    private Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql).query(row -> {
            counts.put(row.getString("unit_name"), row.getLong("n"));
        });
        return counts;
    }

    /** Projects of both units with the same year and name: a merge would make them one key twice. */
    List<String> clashingProjects(String from, String into) {
        return jdbc.sql("""
                        select a.project_year, a.name from project a
                        join project b on b.project_year = a.project_year and b.name = a.name
                        where a.department = :from and b.department = :into
                        order by a.project_year, a.name""")
                .param("from", from).param("into", into)
                .query((row, i) -> row.getInt("project_year") + " " + row.getString("name")).list();
    }

    /** Moves everything that names {@code from} to {@code into}, then the children of {@code fromId}. */
    void moveEverything(String from, long fromId, String into, long intoId) {
        for (String sql : List.of(
                "update project set department = :into where department = :from",
                "update alert set department = :into where department = :from",
                "update app_user set unit_name = :into where unit_name = :from")) {
            jdbc.sql(sql).param("into", into).param("from", from).update();
        }
        jdbc.sql("update unit set parent_id = :into where parent_id = :from")
                .param("into", intoId).param("from", fromId).update();
    }
}
