package com.ringbook.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ringbook.store.StoreException;
import com.ringbook.store.contract.PgStores;
import com.ringbook.store.contract.StoreContract;
import com.ringbook.store.contract.Stores;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The store contract on PostgreSQL: a real server, a database of this class's own. */
class PgStoreTest extends StoreContract {
    @Override
    protected Stores stores() {
        return PgStores.forClass(getClass());
    }

    @Test
    void aPasswordPutInTheUrlIsNeverShown() {
        assertThat(PgStore.shown("jdbc:postgresql://db.office:5432/ringbook?user=desk&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db.office:5432/ringbook?user=desk&password=***&ssl=true");
        assertThatThrownBy(() -> new PgStore("jdbc:postgresql://127.0.0.1:1/none?password=s3cret", "desk", "t0ken",
                Clock.systemUTC()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("127.0.0.1:1/none")
                .hasMessageNotContaining("s3cret")
                .hasMessageNotContaining("t0ken");
    }
}
