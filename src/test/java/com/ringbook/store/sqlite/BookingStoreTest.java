package com.ringbook.store.sqlite;

import com.ringbook.store.contract.BookingStoreContract;
import com.ringbook.store.contract.SqliteStores;
import com.ringbook.store.contract.Stores;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The booking store contract on a real SQLite file. */
class BookingStoreTest extends BookingStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Stores stores() {
        return new SqliteStores(dir);
    }
}
