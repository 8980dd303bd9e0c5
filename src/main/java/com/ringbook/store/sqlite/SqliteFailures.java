package com.ringbook.store.sqlite;

import org.sqlite.SQLiteException;

/** Reads what a failed write says: its root cause, and whether SQLite rolled the transaction back itself. */
final class SqliteFailures {
    /** SQLite's primary result codes (the low byte of an extended code). */
    private static final int SQLITE_NOMEM = 7;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;

    private SqliteFailures() {
    }

    /**
     * A unit's failure after which SQLite itself rolls the whole transaction back (a full disk, an I/O
     * error, no memory): the commit's own failure then only says there was no transaction.
     */
    static boolean rolledBackBySqlite(Throwable failure) {
        if (failure == null || !(rootCause(failure) instanceof SQLiteException sqlite)) {
            return false;
        }
        int primary = sqlite.getResultCode().code & 0xff;
        return primary == SQLITE_FULL || primary == SQLITE_IOERR || primary == SQLITE_NOMEM;
    }

    static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }
}
