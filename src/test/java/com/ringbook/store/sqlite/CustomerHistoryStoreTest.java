package com.ringbook.store.sqlite;

import com.ringbook.store.contract.CustomerHistoryStoreContract;
import com.ringbook.store.contract.SqliteStores;
import com.ringbook.store.contract.Stores;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The customer history contract on a real SQLite file. */
class CustomerHistoryStoreTest extends CustomerHistoryStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Stores stores() {
        return new SqliteStores(dir);
    }
}
