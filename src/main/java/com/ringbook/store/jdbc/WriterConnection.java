package com.ringbook.store.jdbc;

import com.ringbook.store.WriteSession;
import java.sql.SQLException;

/**
 * The writer's one connection, as {@link GroupCommitWriter} drives it: a transaction always open, sessions on
 * it, a way to tell whether a failed unit left anything behind, and savepoints to run units apart.
 */
public interface WriterConnection {

    /** The repositories on this connection, for one group. */
    WriteSession session();

    /**
     * A counter that moves whenever this connection changes (or may have changed) the database, or a statement
     * on it fails: a unit that failed without moving it left the transaction as it was.
     */
    long changes() throws SQLException;

    void commit() throws SQLException;

    void rollback() throws SQLException;

    /** Marks where the next unit starts. */
    void mark() throws SQLException;

    /** Forgets the mark: the unit's work stays. */
    void keep() throws SQLException;

    /** Undoes the unit's work back to the mark (which stays, to be forgotten by {@link #keep}). */
    void undo() throws SQLException;

    /** Closes the connection; a failure to close is only worth a warning. */
    void close();

    /** Opens the writer's connection, and reads what a failed write says. */
    interface Factory {
        WriterConnection open() throws SQLException;

        /**
         * A unit's failure after which the database itself rolled the whole transaction back (SQLite after a full
         * disk): the commit's own failure then only says there was no transaction, and this one says why.
         */
        default boolean rolledBackByDatabase(Throwable unitFailure) {
            return false;
        }
    }
}
