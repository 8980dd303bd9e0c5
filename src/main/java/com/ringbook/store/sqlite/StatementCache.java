package com.ringbook.store.sqlite;

import com.ringbook.store.jdbc.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One connection with its prepared statements kept for reuse: compiling SQL costs more than running
 * it, and a burst of missed calls runs the same dozen statements thousands of times. Not thread-safe;
 * it is only ever used by the thread that holds its connection.
 */
public final class StatementCache implements AutoCloseable {
    private final Connection connection;
    private final Dialect dialect;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** Statements run that may have written (or failed): see {@link #mayHaveWritten}. */
    private long mayHaveWritten;

    StatementCache(Connection connection) {
        this(connection, SqliteDialect.INSTANCE);
    }

    public StatementCache(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    public Connection connection() {
        return connection;
    }

    Dialect dialect() {
        return dialect;
    }

    /**
     * Counts statements that were not plain reads, or that failed: a store without a change counter of its own
     * (PostgreSQL) tells by it whether a failed unit of work left anything in the transaction.
     */
    public long mayHaveWritten() {
        return mayHaveWritten;
    }

    void markMayHaveWritten() {
        mayHaveWritten++;
    }

    public PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = dialect.prepare(connection, sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /**
     * Forgets a statement whose run failed: the driver may have finalised it (after a full disk, say)
     * while it still looks open, and it would fail every time after.
     */
    void discard(String sql) {
        PreparedStatement statement = statements.remove(sql);
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // Already unusable; nothing more to release.
            }
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        statements.clear();
        connection.close();
    }
}
