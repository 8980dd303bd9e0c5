package com.ringbook.store.contract;

import com.ringbook.store.Store;
import java.time.Clock;

/** Opens the store a contract test runs on: SQLite on a temporary file, or PostgreSQL on a real server. */
public interface Stores {

    /** A store on an empty database of this test's own. */
    Store openEmpty(Clock clock);

    /** The same database again, as a restart opens it. */
    Store reopen(Clock clock);

    /** A store on another database, empty. */
    Store openOther(Clock clock);
}
