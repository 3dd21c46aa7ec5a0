package org.perfgoals.backup.copy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * Copies every table of the application from one database to an empty other one (H2 to PostgreSQL, or the other way):
 * Flyway creates the schema in the target, the rows the migrations seed there are removed, then each table is copied
 * in the order of its foreign keys (parents first; a table that references itself, like the unit tree, parent rows
 * first), identity columns are moved past the copied ids, and the row counts of every table are compared. All in one
 * transaction on the target: a failure leaves it as empty as it was. The source is only read.
 */
public final class DatabaseCopy {

    private static final String HISTORY = "flyway_schema_history";
    private static final int BATCH = 1000;

    private DatabaseCopy() {
    }

    /** The copy; throws {@link CopyRefusedException} when it cannot start or the counts differ. */
    public static List<TableCount> copy(Database from, Database to) throws SQLException {
        try (Connection source = from.connect(); Connection target = to.connect()) {
            String version = schemaVersion(source);
            if (tables(target).contains(HISTORY)) {
                throw new CopyRefusedException("the target database is not empty (it has a " + HISTORY
                        + "): copy into a new, empty database");
            }
            Flyway.configure().dataSource(to.url(), to.user(), to.password()).target(version).load().migrate();
            source.setReadOnly(true);
            source.setAutoCommit(false);
            target.setAutoCommit(false);
            try {
                List<String> order = parentsFirst(target);
                for (String table : order.reversed()) {
                    try (Statement delete = target.createStatement()) {
                        delete.executeUpdate("delete from " + table);
                    }
                }
                for (String table : order) {
                    copyTable(source, target, table);
                }
                restartIdentities(target, order);
                List<TableCount> counts = new ArrayList<>();
                for (String table : order) {
                    counts.add(new TableCount(table, count(source, table), count(target, table)));
                }
                List<TableCount> wrong = counts.stream().filter(count -> !count.matches()).toList();
                if (!wrong.isEmpty()) {
                    throw new CopyRefusedException("row counts differ: " + wrong);
                }
                target.commit();
                return counts;
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                throw e;
            } finally {
                source.rollback();
            }
        }
    }

    private static String schemaVersion(Connection source) throws SQLException {
        if (!tables(source).contains(HISTORY)) {
            throw new CopyRefusedException("the source database has no " + HISTORY + ": is it this application's?");
        }
        try (Statement query = source.createStatement();
             ResultSet rows = query.executeQuery("select \"version\" from \"" + HISTORY
                     + "\" where \"success\" = true and \"version\" is not null")) {
            String latest = null;
            while (rows.next()) {
                String version = rows.getString(1);
                if (latest == null || Integer.parseInt(version) > Integer.parseInt(latest)) {
                    latest = version;
                }
            }
            if (latest == null) {
                throw new CopyRefusedException("the source database has no migration applied");
            }
            return latest;
        }
    }

    /** The application's tables of the connection's schema, in lower case. */
    static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /** The tables (without Flyway's history) so that every table comes after the tables it references. */
    private static List<String> parentsFirst(Connection target) throws SQLException {
        Set<String> tables = new LinkedHashSet<>(tables(target));
        tables.remove(HISTORY);
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : tables) {
            Set<String> referenced = new HashSet<>();
            for (ForeignKey key : foreignKeys(target, table)) {
                if (!key.parent().equals(table)) {
                    referenced.add(key.parent());
                }
            }
            parents.put(table, referenced);
        }
        List<String> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (order.size() < tables.size()) {
            boolean progress = false;
            for (String table : tables) {
                if (!placed.contains(table) && placed.containsAll(parents.get(table))) {
                    order.add(table);
                    placed.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new CopyRefusedException("the foreign keys form a cycle between tables: " + parents);
            }
        }
        return order;
    }

    private record ForeignKey(String parent, String parentColumn, String column) {
    }

    private static List<ForeignKey> foreignKeys(Connection connection, String table) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getImportedKeys(null, connection.getSchema(),
                storedName(connection, table))) {
            while (rows.next()) {
                keys.add(new ForeignKey(rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                        rows.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                        rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
            }
        }
        return keys;
    }

    /** H2 stores unquoted names in upper case, PostgreSQL in lower case. */
    private static String storedName(Connection connection, String name) throws SQLException {
        return connection.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static List<String> columns(Connection target, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = target.getMetaData().getColumns(null, target.getSchema(), storedName(target, table),
                "%")) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static void copyTable(Connection source, Connection target, String table) throws SQLException {
        List<String> columns = columns(target, table);
        String list = String.join(", ", columns);
        String insert = "insert into " + table + " (" + list + ") values (" + "?, ".repeat(columns.size() - 1)
                + "?)";
        List<ForeignKey> selfReferences = foreignKeys(target, table).stream()
                .filter(key -> key.parent().equals(table)).toList();
        try (Statement select = source.createStatement(); PreparedStatement write = target.prepareStatement(insert)) {
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery("select " + list + " from " + table)) {
                if (selfReferences.isEmpty()) {
                    int pending = 0;
                    while (rows.next()) {
                        bind(write, rows, columns.size());
                        write.addBatch();
                        if (++pending == BATCH) {
                            write.executeBatch();
                            pending = 0;
                        }
                    }
                    write.executeBatch();
                } else {
                    copyParentsFirst(rows, write, columns, selfReferences.getFirst());
                }
            }
        }
    }

    /** A table that references itself (a tree): rows whose parent is copied already, pass after pass. */
    private static void copyParentsFirst(ResultSet rows, PreparedStatement write, List<String> columns,
                                         ForeignKey self) throws SQLException {
        int parent = columns.indexOf(self.column());
        int key = columns.indexOf(self.parentColumn());
        Deque<Object[]> waiting = new ArrayDeque<>();
        while (rows.next()) {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rows.getObject(i + 1);
            }
            waiting.add(row);
        }
        Set<Object> copied = new HashSet<>();
        while (!waiting.isEmpty()) {
            int before = waiting.size();
            for (int n = 0; n < before; n++) {
                Object[] row = waiting.poll();
                if (row[parent] == null || copied.contains(normal(row[parent]))) {
                    for (int i = 0; i < row.length; i++) {
                        write.setObject(i + 1, row[i]);
                    }
                    write.executeUpdate();
                    copied.add(normal(row[key]));
                } else {
                    waiting.add(row);
                }
            }
            if (waiting.size() == before) {
                throw new CopyRefusedException("rows whose parent is missing: " + waiting.size());
            }
        }
    }

    private static Object normal(Object value) {
        return value instanceof Number number ? number.longValue() : Objects.requireNonNull(value);
    }

    private static void bind(PreparedStatement write, ResultSet rows, int columns) throws SQLException {
        for (int i = 1; i <= columns; i++) {
            write.setObject(i, rows.getObject(i));
        }
    }

    /** Identity columns continue after the largest copied id, so the next insert gets a new one. */
    private static void restartIdentities(Connection target, List<String> tables) throws SQLException {
        Map<String, String> identities = new HashMap<>();
        for (String table : tables) {
            try (ResultSet rows = target.getMetaData().getColumns(null, target.getSchema(),
                    storedName(target, table), "%")) {
                while (rows.next()) {
                    if ("YES".equals(rows.getString("IS_AUTOINCREMENT"))) {
                        identities.put(table, rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        for (Map.Entry<String, String> identity : identities.entrySet()) {
            long next;
            try (Statement query = target.createStatement();
                 ResultSet max = query.executeQuery("select coalesce(max(" + identity.getValue() + "), 0) + 1 from "
                         + identity.getKey())) {
                max.next();
                next = max.getLong(1);
            }
            try (Statement restart = target.createStatement()) {
                restart.execute("alter table " + identity.getKey() + " alter column " + identity.getValue()
                        + " restart with " + next);
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
