package com.ringbook.store.postgres;

import com.ringbook.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a copy before it is committed: every table has as many rows in PostgreSQL as in SQLite, and a sample of
 * threads spread over the whole history (the first, the last and evenly between) reads the same in both, field by
 * field, with its contact and every message. Any difference throws, and the copy is rolled back.
 */
final class PostgresCopyCheck {
    static final int SAMPLE = 25;

    private PostgresCopyCheck() {
    }

    /** @return how many threads were compared field by field */
    static int verify(Connection sqlite, Connection pg, PostgresCopyTables tables, Map<String, Long> copied) throws SQLException {
        for (String table : tables.inCopyOrder()) {
            long inSqlite = count(sqlite, table);
            long inPg = count(pg, table);
            if (inSqlite != inPg || inPg != copied.get(table)) {
                throw new StoreException("Check failed, nothing was copied: " + table + " has " + inSqlite
                        + " rows in the data dir but " + inPg + " in PostgreSQL", null);
            }
        }
        List<Long> sample = sample(sqlite);
        for (long thread : sample) {
            same(sqlite, pg, tables, "threads", "id = ?", thread, thread);
            long contact = contactOf(sqlite, thread);
            same(sqlite, pg, tables, "contacts", "id = ?", contact, thread);
            same(sqlite, pg, tables, "messages", "thread_id = ?", thread, thread);
        }
        return sample.size();
    }

    /** Binds column {@code from} of SQLite's row to parameter {@code index} as PostgreSQL's {@code type} wants it. */
    static void bind(PreparedStatement write, int index, String type, ResultSet r, int from) throws SQLException {
        Object value = r.getObject(from);
        switch (type) {
            case "bigint" -> {
                if (value == null) {
                    write.setNull(index, Types.BIGINT);
                } else {
                    write.setLong(index, r.getLong(from));
                }
            }
            case "integer", "smallint" -> {
                if (value == null) {
                    write.setNull(index, Types.INTEGER);
                } else {
                    write.setInt(index, r.getInt(from));
                }
            }
            case "text" -> write.setString(index, value == null ? null : r.getString(from));
            default -> throw new StoreException("The copy does not know PostgreSQL's type " + type, null);
        }
    }

    /** Up to {@link #SAMPLE} thread ids, the first and the last among them, evenly spread. */
    private static List<Long> sample(Connection sqlite) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = sqlite.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM threads ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        if (ids.size() <= SAMPLE) {
            return ids;
        }
        List<Long> sample = new ArrayList<>();
        for (int i = 0; i < SAMPLE; i++) {
            sample.add(ids.get((int) ((long) i * (ids.size() - 1) / (SAMPLE - 1))));
        }
        return sample;
    }

    private static long contactOf(Connection sqlite, long thread) throws SQLException {
        try (PreparedStatement p = sqlite.prepareStatement("SELECT contact_id FROM threads WHERE id = ?")) {
            p.setLong(1, thread);
            ResultSet r = p.executeQuery();
            r.next();
            return r.getLong(1);
        }
    }

    /** The rows of {@code table} matching {@code where} read the same, value by value, in both databases. */
    private static void same(Connection sqlite, Connection pg, PostgresCopyTables tables, String table, String where, long key,
                             long thread) throws SQLException {
        Map<String, String> columns = tables.columns(table);
        String sql = "SELECT " + String.join(", ", columns.keySet()) + " FROM " + table + " WHERE " + where + " ORDER BY 1";
        List<List<Object>> left = rows(sqlite, sql, key, columns);
        List<List<Object>> right = rows(pg, sql, key, columns);
        if (left.size() != right.size()) {
            throw new StoreException("Check failed, nothing was copied: thread " + thread + " has " + left.size() + " "
                    + table + " rows in the data dir but " + right.size() + " in PostgreSQL", null);
        }
        List<String> names = List.copyOf(columns.keySet());
        for (int row = 0; row < left.size(); row++) {
            for (int c = 0; c < names.size(); c++) {
                if (!Objects.equals(left.get(row).get(c), right.get(row).get(c))) {
                    throw new StoreException("Check failed, nothing was copied: thread " + thread + ", " + table + "."
                            + names.get(c) + " of row " + left.get(row).get(0) + " reads " + left.get(row).get(c)
                            + " in the data dir but " + right.get(row).get(c) + " in PostgreSQL", null);
                }
            }
        }
    }

    private static List<List<Object>> rows(Connection c, String sql, long key, Map<String, String> columns) throws SQLException {
        List<String> types = List.copyOf(columns.values());
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, key);
            ResultSet r = p.executeQuery();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 0; i < types.size(); i++) {
                    Object value = r.getObject(i + 1);
                    // One Java type per PostgreSQL type, whatever each driver hands back for it.
                    row.add(value == null ? null : types.get(i).equals("text") ? r.getString(i + 1) : (Object) r.getLong(i + 1));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
