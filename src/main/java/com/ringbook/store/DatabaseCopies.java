package com.ringbook.store;

import java.nio.file.Path;

/**
 * Copies of the whole database, for backups: made from the live database without stopping anything,
 * and checked before one is ever put back.
 */
public interface DatabaseCopies {

    /**
     * Writes a consistent copy of the live database to {@code target} (a new file) while Ringbook keeps
     * working; throws {@link StoreException} when it cannot.
     */
    void copyTo(Path target);

    /**
     * Whether {@code file} is a Ringbook database this version can open: SQLite, Ringbook's tables, and a
     * schema no newer than this version knows (an older one is migrated when it is opened).
     */
    Check check(Path file);

    /** What {@link #check} found: {@code problem} is null when the file is fine, else a sentence for the user. */
    record Check(String problem, String schemaVersion) {
        public boolean ok() {
            return problem == null;
        }
    }
}
