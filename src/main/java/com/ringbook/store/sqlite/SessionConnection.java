package com.ringbook.store.sqlite;

import com.ringbook.store.WriteSession;
import com.ringbook.store.jdbc.WriterConnection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection with its statement cache, handing out the repositories on it: the writer's (SQLite's or
 * PostgreSQL's), and, through {@link #session}, a reader's. The repositories are the same for both databases;
 * the statement cache's dialect spells what differs.
 */
public final class SessionConnection implements WriterConnection {
    private static final Logger log = LoggerFactory.getLogger(SessionConnection.class);

    private final StatementCache statements;
    private final Clock clock;
    private final String keyPrefix;
    private final ChangeCounter changes;

    /**
     * @param keyPrefix makes outbox idempotency keys unique beyond this database's row ids
     * @param changes the connection's change counter, see {@link WriterConnection#changes}
     */
    public SessionConnection(StatementCache statements, Clock clock, String keyPrefix, ChangeCounter changes) {
        this.statements = statements;
        this.clock = clock;
        this.keyPrefix = keyPrefix;
        this.changes = changes;
    }

    /** Reads a connection's change counter. */
    @FunctionalInterface
    public interface ChangeCounter {
        long count() throws SQLException;
    }

    /** The repositories on {@code statements}' connection. */
    public static WriteSession session(StatementCache statements, Clock clock, String keyPrefix) {
        return new SqliteSession(statements, clock, keyPrefix);
    }

    public StatementCache statements() {
        return statements;
    }

    @Override
    public WriteSession session() {
        return session(statements, clock, keyPrefix);
    }

    @Override
    public long changes() throws SQLException {
        return changes.count();
    }

    @Override
    public void commit() throws SQLException {
        statements.connection().commit();
    }

    @Override
    public void rollback() throws SQLException {
        statements.connection().rollback();
    }

    // Prepared once: the driver's own setSavepoint() formats and compiles fresh SQL for every unit.

    @Override
    public void mark() throws SQLException {
        run("SAVEPOINT unit");
    }

    @Override
    public void keep() throws SQLException {
        run("RELEASE unit");
    }

    @Override
    public void undo() throws SQLException {
        run("ROLLBACK TO unit");
    }

    private void run(String sql) throws SQLException {
        PreparedStatement statement = statements.prepare(sql);
        statement.execute();
    }

    @Override
    public void close() {
        try {
            statements.close();
        } catch (SQLException e) {
            log.warn("Closing a database connection failed", e);
        }
    }
}
