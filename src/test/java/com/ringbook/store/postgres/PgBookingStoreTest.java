package com.ringbook.store.postgres;

import com.ringbook.store.contract.BookingStoreContract;
import com.ringbook.store.contract.PgStores;
import com.ringbook.store.contract.Stores;

/** The booking store contract on a real PostgreSQL: a database of this class's own. */
class PgBookingStoreTest extends BookingStoreContract {
    @Override
    protected Stores stores() {
        return PgStores.forClass(getClass());
    }
}
