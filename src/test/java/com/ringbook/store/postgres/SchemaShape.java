package com.ringbook.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a schema looks like to the store's SQL, read the same way from SQLite and PostgreSQL so the two can be
 * compared: tables with their columns (type family, NOT NULL, default, key), foreign keys and UNIQUE
 * constraints; indexes by name (table, columns with their order, unique, a partial index's condition); triggers by name; and
 * SQLite's full-text tables. Flyway's own history table is left out of both.
 */
record SchemaShape(Map<String, Table> tables, Map<String, Index> indexes, Set<String> triggers, Set<String> searchTables) {

    /** {@code type} is "integer" or "text" (what the store's Java reads), or the declared type when neither. */
    record Column(String type, boolean notNull, String defaultValue, boolean primaryKey) {
    }

    /** {@code foreignKeys}: column to the table it references. {@code uniques}: the column lists of UNIQUE constraints. */
    record Table(Map<String, Column> columns, Map<String, String> foreignKeys, Set<List<String>> uniques) {
    }

    /**
     * {@code columns}: each with " DESC" when it is indexed descending; an expression as "(expression)".
     * {@code where}: a partial index's condition as {@link #condition} writes it, null for a full index.
     */
    record Index(String table, List<String> columns, boolean unique, String where) {
    }

    /**
     * A partial index's condition written one way for both databases: lower case, without PostgreSQL's casts,
     * brackets and spaces, its "= ANY (ARRAY[...])" as SQL's IN, so "status IN ('A', 'B')" and
     * "(status = ANY (ARRAY['A'::text, 'B'::text]))" read the same.
     */
    static String condition(String sql) {
        if (sql == null) {
            return null;
        }
        String c = sql.toLowerCase(java.util.Locale.ROOT).replaceAll("::[a-z_]+", "").replaceAll("[()\\s]", "");
        return c.replaceAll("=anyarray\\[(.*)]", "in$1");
    }

    /** The condition after a CREATE INDEX statement's WHERE, or null. */
    private static String whereOf(String createIndex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?is)\\bWHERE\\b(.*)$").matcher(createIndex);
        return m.find() ? condition(m.group(1)) : null;
    }

    private static final String FLYWAY = "flyway_schema_history";

    // ---- SQLite ----

    static SchemaShape ofSqlite(Connection c) throws SQLException {
        Set<String> searchTables = new TreeSet<>(strings(c,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"));
        Map<String, Table> tables = new TreeMap<>();
        for (String table : strings(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                + "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name <> '" + FLYWAY + "'")) {
            if (searchTables.stream().anyMatch(v -> table.startsWith(v + "_"))) {
                continue; // an FTS5 table's shadow tables (_data, _idx, _content, _docsize, _config)
            }
            Map<String, Column> columns = new TreeMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)")) {
                p.setString(1, table);
                ResultSet r = p.executeQuery();
                while (r.next()) {
                    boolean pk = r.getInt(5) > 0;
                    String declared = r.getString(2).toUpperCase();
                    String type = declared.equals("INTEGER") ? "integer" : declared.equals("TEXT") ? "text" : declared;
                    // A key is never null (SQLite would allow it in a TEXT key, for old times' sake; Ringbook never does).
                    columns.put(r.getString(1), new Column(type, r.getBoolean(3) || pk,
                            r.getString(4), pk));
                }
            }
            Map<String, String> foreignKeys = new TreeMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)")) {
                p.setString(1, table);
                ResultSet r = p.executeQuery();
                while (r.next()) {
                    foreignKeys.put(r.getString(1), r.getString(2));
                }
            }
            Set<List<String>> uniques = new java.util.HashSet<>();
            for (String auto : strings(c, "SELECT name FROM pragma_index_list('" + table + "') WHERE origin = 'u'")) {
                uniques.add(strings(c, "SELECT name FROM pragma_index_info('" + auto + "') ORDER BY seqno"));
            }
            tables.put(table, new Table(columns, foreignKeys, uniques));
        }
        Map<String, Index> indexes = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT i.name, i.tbl_name, l.\"unique\", i.sql FROM sqlite_master i "
                        + "JOIN pragma_index_list(i.tbl_name) l ON l.name = i.name WHERE i.type = 'index' AND i.sql IS NOT NULL "
                        + "AND i.tbl_name <> '" + FLYWAY + "'")) {
            while (r.next()) {
                List<String> columns = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement(
                        "SELECT name, \"desc\" FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno")) {
                    p.setString(1, r.getString(1));
                    ResultSet x = p.executeQuery();
                    while (x.next()) {
                        String name = x.getString(1) == null ? "(expression)" : x.getString(1);
                        columns.add(x.getBoolean(2) ? name + " DESC" : name);
                    }
                }
                indexes.put(r.getString(1), new Index(r.getString(2), columns, r.getBoolean(3), whereOf(r.getString(4))));
            }
        }
        Set<String> triggers = new TreeSet<>(strings(c, "SELECT name FROM sqlite_master WHERE type = 'trigger'"));
        return new SchemaShape(tables, indexes, triggers, searchTables);
    }

    // ---- PostgreSQL ----

    static SchemaShape ofPostgres(Connection c) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        for (String table : strings(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                + "AND table_type = 'BASE TABLE' AND table_name <> '" + FLYWAY + "'")) {
            Set<String> primaryKey = new TreeSet<>(strings(c, "SELECT a.attname FROM pg_index i JOIN pg_attribute a "
                    + "ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) WHERE i.indisprimary AND i.indrelid = '"
                    + table + "'::regclass"));
            Map<String, Column> columns = new TreeMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT column_name, data_type, is_nullable, column_default "
                    + "FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?")) {
                p.setString(1, table);
                ResultSet r = p.executeQuery();
                while (r.next()) {
                    String declared = r.getString(2);
                    String type = Set.of("bigint", "integer", "smallint").contains(declared) ? "integer"
                            : declared.equals("text") ? "text" : declared;
                    columns.put(r.getString(1), new Column(type, r.getString(3).equals("NO"),
                            defaultOf(r.getString(4)), primaryKey.contains(r.getString(1))));
                }
            }
            Map<String, String> foreignKeys = new TreeMap<>();
            Set<List<String>> uniques = new java.util.HashSet<>();
            try (PreparedStatement p = c.prepareStatement("SELECT contype, confrelid::regclass::text, "
                    + "ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(n, o) JOIN pg_attribute a "
                    + "ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.o)::text[] "
                    + "FROM pg_constraint k WHERE k.conrelid = ?::regclass AND contype IN ('f', 'u')")) {
                p.setString(1, table);
                ResultSet r = p.executeQuery();
                while (r.next()) {
                    List<String> cols = List.of((String[]) r.getArray(3).getArray());
                    if (r.getString(1).equals("f")) {
                        cols.forEach(col -> {
                            try {
                                foreignKeys.put(col, r.getString(2));
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    } else {
                        uniques.add(cols);
                    }
                }
            }
            tables.put(table, new Table(columns, foreignKeys, uniques));
        }
        Map<String, Index> indexes = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT ic.relname, t.relname, i.indisunique, pg_get_expr(i.indpred, i.indrelid), i.indexrelid, i.indnkeyatts "
                        + "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
                        + "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema() "
                        + "AND t.relname <> '" + FLYWAY + "' AND NOT i.indisprimary "
                        + "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)")) {
            while (r.next()) {
                List<String> columns = new ArrayList<>();
                for (int k = 1; k <= r.getInt(6); k++) {
                    try (Statement x = c.createStatement(); ResultSet col = x.executeQuery("SELECT pg_get_indexdef("
                            + r.getLong(5) + ", " + k + ", true), (i.indoption[" + (k - 1) + "] & 1) = 1 "
                            + "FROM pg_index i WHERE i.indexrelid = " + r.getLong(5))) {
                        col.next();
                        String name = col.getString(1).matches("[a-z_][a-z0-9_]*") ? col.getString(1) : "(expression)";
                        columns.add(col.getBoolean(2) ? name + " DESC" : name);
                    }
                }
                indexes.put(r.getString(1), new Index(r.getString(2), columns, r.getBoolean(3), condition(r.getString(4))));
            }
        }
        Set<String> triggers = new TreeSet<>(strings(c, "SELECT tgname FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid "
                + "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE NOT g.tgisinternal AND n.nspname = current_schema()"));
        return new SchemaShape(tables, indexes, triggers, Set.of());
    }

    /** A PostgreSQL default as SQLite would write it ("0", "'x'"); identity columns have none. */
    private static String defaultOf(String pg) {
        return pg == null ? null : pg.replaceAll("::[a-z ]+$", "");
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }
}
