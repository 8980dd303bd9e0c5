package com.ringbook.store.postgres;

import com.ringbook.store.contract.CustomerHistoryStoreContract;
import com.ringbook.store.contract.PgStores;
import com.ringbook.store.contract.Stores;

/** The customer history contract on a real PostgreSQL: a database of this class's own. */
class PgCustomerHistoryStoreTest extends CustomerHistoryStoreContract {
    @Override
    protected Stores stores() {
        return PgStores.forClass(getClass());
    }
}
