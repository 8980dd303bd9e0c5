package com.ringbook.store.postgres;

import com.ringbook.store.contract.BookingStoreContract;
import com.ringbook.store.contract.PgStores;
import com.ringbook.store.contract.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The booking store contract on a real PostgreSQL: a database of this class's own. */
@ExtendWith(PostgresServerExtension.class)
class PgBookingStoreTest extends BookingStoreContract {
    private static Stores stores;

    @BeforeAll
    static void database(PostgresServer.Database db) {
        stores = new PgStores(db);
    }

    @Override
    protected Stores stores() {
        return stores;
    }
}
