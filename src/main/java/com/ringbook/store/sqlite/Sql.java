package com.ringbook.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ringbook.store.StoreException;
import com.ringbook.store.jdbc.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs SQL on one connection through its statement cache, and the small conversions every
 * repository shares; a failed statement is dropped from the cache and surfaces as a StoreException.
 */
final class Sql {
    private static final int PREVIEW_LENGTH = 120;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A statement that only reads (a WITH may end in a write, so it does not count). */
    private static final Pattern READ = Pattern.compile("\\s*SELECT\\b", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StatementCache statements;

    Sql(StatementCache statements) {
        this.statements = statements;
    }

    Connection connection() {
        return statements.connection();
    }

    Dialect dialect() {
        return statements.dialect();
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        if (!READ.matcher(sql).lookingAt()) {
            statements.markMayHaveWritten();
        }
        try {
            PreparedStatement statement = statements.prepare(sql);
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            statements.markMayHaveWritten();
            statements.discard(sql);
            throw new StoreException("Database query failed: " + e.getMessage(), e);
        }
    }

    /** The first row's value; empty when there is no row or the value is SQL NULL. */
    <T> Optional<T> queryOne(String sql, Binder binder, RowMapper<T> mapper) {
        List<T> rows = query(sql, binder, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    int update(String sql, Binder binder) {
        statements.markMayHaveWritten();
        try {
            PreparedStatement statement = statements.prepare(sql);
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            statements.discard(sql);
            throw new StoreException("Database update failed: " + e.getMessage(), e);
        }
    }

    /** Runs an INSERT and returns the new row's id, or -1 when ON CONFLICT DO NOTHING skipped it. */
    long insert(String sql, Binder binder) {
        return queryOne(sql + " RETURNING id", binder, r -> r.getLong(1)).orElse(-1L);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static void setNullableLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, value);
        }
    }

    static String preview(String body) {
        String flat = WHITESPACE.matcher(body).replaceAll(" ").strip();
        return flat.length() <= PREVIEW_LENGTH ? flat : flat.substring(0, PREVIEW_LENGTH - 1) + "…";
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Could not encode rows for the database: " + e.getMessage(), e);
        }
    }
}
