package com.ringbook.store.contract;

import com.ringbook.store.Store;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;

/** SQLite: a file in the test's temporary folder, which JUnit empties between tests. */
public final class SqliteStores implements Stores {
    private final Path dir;

    public SqliteStores(Path dir) {
        this.dir = dir;
    }

    @Override
    public Store openEmpty(Clock clock) {
        return reopen(clock);
    }

    @Override
    public Store reopen(Clock clock) {
        return new SqliteStore(dir.resolve("ringbook.db"), clock);
    }

    @Override
    public Store openOther(Clock clock) {
        return new SqliteStore(dir.resolve("other.db"), clock);
    }
}
