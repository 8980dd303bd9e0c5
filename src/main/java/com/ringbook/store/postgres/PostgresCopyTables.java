package com.ringbook.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The target database's tables as the copy needs them: their columns and types, identity columns, an order in
 * which every row's foreign keys are already there, and whether the database is empty enough to copy into.
 */
final class PostgresCopyTables {
    /** SQLite objects that are not data to copy: its own catalog and full-text search's tables and their shadows. */
    private static final String SQLITE_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' "
            + "AND name NOT LIKE 'sqlite%' AND name <> '" + PostgresCopy.FLYWAY + "' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
            + "AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%' "
            + "AND sqlite_master.name LIKE v.name || '\\_%' ESCAPE '\\')";

    private final Connection pg;
    private final Map<String, Map<String, String>> columns;
    private final Map<String, String> identities;
    private final Map<String, Set<String>> references;
    private final boolean hasFlywayHistory;

    private PostgresCopyTables(Connection pg, Map<String, Map<String, String>> columns, Map<String, String> identities,
                               Map<String, Set<String>> references, boolean hasFlywayHistory) {
        this.pg = pg;
        this.columns = columns;
        this.identities = identities;
        this.references = references;
        this.hasFlywayHistory = hasFlywayHistory;
    }

    static PostgresCopyTables read(Connection pg) throws SQLException {
        Map<String, Map<String, String>> columns = new TreeMap<>();
        Map<String, String> identities = new TreeMap<>();
        boolean flyway = false;
        try (Statement s = pg.createStatement(); ResultSet r = s.executeQuery("SELECT c.table_name, c.column_name, "
                + "c.data_type, c.is_identity FROM information_schema.columns c JOIN information_schema.tables t "
                + "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                + "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
                // The search words (V4) are written by the database from the row: nothing to copy into them.
                + "AND c.is_generated = 'NEVER' ORDER BY c.table_name, c.ordinal_position")) {
            while (r.next()) {
                String table = r.getString(1);
                if (table.equals(PostgresCopy.FLYWAY)) {
                    flyway = true;
                    continue;
                }
                columns.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(r.getString(2), r.getString(3));
                if ("YES".equals(r.getString(4))) {
                    identities.put(table, r.getString(2));
                }
            }
        }
        Map<String, Set<String>> references = new TreeMap<>();
        try (Statement s = pg.createStatement(); ResultSet r = s.executeQuery("SELECT conrelid::regclass::text, "
                + "confrelid::regclass::text FROM pg_constraint WHERE contype = 'f' "
                + "AND connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())")) {
            while (r.next()) {
                references.computeIfAbsent(r.getString(1), t -> new TreeSet<>()).add(r.getString(2));
            }
        }
        return new PostgresCopyTables(pg, columns, identities, references, flyway);
    }

    /** Column name to PostgreSQL type ("bigint", "integer", "text"), in the table's order. */
    Map<String, String> columns(String table) {
        return columns.get(table);
    }

    /** Table to its identity column. */
    Map<String, String> identities() {
        return identities;
    }

    /** Every table, each after the tables it references. */
    List<String> inCopyOrder() {
        List<String> order = new ArrayList<>();
        Set<String> left = new TreeSet<>(columns.keySet());
        while (!left.isEmpty()) {
            String next = left.stream()
                    .filter(t -> references.getOrDefault(t, Set.of()).stream().allMatch(ref -> ref.equals(t) || !left.contains(ref)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys in a cycle among " + left));
            order.add(next);
            left.remove(next);
        }
        return order;
    }

    /**
     * Refuses a database that holds any row (but the instance id every migrated database has) or tables that
     * are not Ringbook's: the copy is for moving an office into a new, empty database, never for merging two.
     */
    void refuseUnlessEmpty() throws SQLException {
        if (!columns.isEmpty() && !hasFlywayHistory) {
            throw new PostgresCopy.Refused("The database already holds tables that are not Ringbook's (" + String.join(", ",
                    columns.keySet()) + "). Copy into a new, empty database (CREATE DATABASE ringbook OWNER ...).");
        }
        List<String> holding = new ArrayList<>();
        try (Statement s = pg.createStatement()) {
            for (String table : columns.keySet()) {
                String exclude = table.equals("store_info") ? " WHERE key <> 'instance_id'" : "";
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table + exclude)) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        holding.add(table + " (" + r.getLong(1) + (r.getLong(1) == 1 ? " row)" : " rows)"));
                    }
                }
            }
        }
        if (!holding.isEmpty()) {
            throw new PostgresCopy.Refused("The database already holds data: " + String.join(", ", holding)
                    + ". Nothing was copied: Ringbook copies an office only into an empty database, so no desk's work is "
                    + "overwritten or mixed with another's.");
        }
    }

    /** Refuses a SQLite database holding tables or columns this schema lacks: the copy would lose them. */
    void refuseWhatSqliteHasBeyond(Connection sqlite) throws SQLException {
        List<String> missing = new ArrayList<>();
        List<String> older = new ArrayList<>();
        Set<String> sqliteTables = new TreeSet<>();
        try (Statement s = sqlite.createStatement(); ResultSet r = s.executeQuery(SQLITE_TABLES)) {
            while (r.next()) {
                sqliteTables.add(r.getString(1));
            }
        }
        for (String table : sqliteTables) {
            Map<String, String> target = columns.get(table);
            if (target == null) {
                missing.add("table " + table);
                continue;
            }
            Set<String> sqliteColumns = new TreeSet<>();
            try (PreparedStatement p = sqlite.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
                p.setString(1, table);
                ResultSet r = p.executeQuery();
                while (r.next()) {
                    sqliteColumns.add(r.getString(1));
                    if (!target.containsKey(r.getString(1))) {
                        missing.add("column " + table + "." + r.getString(1));
                    }
                }
            }
            target.keySet().stream().filter(c -> !sqliteColumns.contains(c)).forEach(c -> older.add("column " + table + "." + c));
        }
        if (!missing.isEmpty()) {
            throw new PostgresCopy.Refused("The data dir's database has what this version's PostgreSQL schema lacks ("
                    + String.join(", ", missing) + "): copying would lose it. Nothing was copied.");
        }
        columns.keySet().stream().filter(t -> !sqliteTables.contains(t)).forEach(t -> older.add("table " + t));
        if (!older.isEmpty()) {
            throw new PostgresCopy.Refused("The data dir's database lacks what this version has (" + String.join(", ", older)
                    + "): open it once with this version of Ringbook, then copy. Nothing was copied.");
        }
    }
}
