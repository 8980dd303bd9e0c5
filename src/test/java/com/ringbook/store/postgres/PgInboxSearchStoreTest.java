package com.ringbook.store.postgres;

import com.ringbook.store.contract.InboxSearchStoreContract;
import com.ringbook.store.contract.PgStores;
import com.ringbook.store.contract.Stores;

/** The inbox search contract on a real PostgreSQL: a database of this class's own. */
class PgInboxSearchStoreTest extends InboxSearchStoreContract {
    @Override
    protected Stores stores() {
        return PgStores.forClass(getClass());
    }
}
