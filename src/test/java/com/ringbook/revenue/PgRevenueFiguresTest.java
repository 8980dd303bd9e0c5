package com.ringbook.revenue;

import com.ringbook.domain.Settings;
import com.ringbook.store.contract.PgStores;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;

/** Every figure over the fixture's weeks, on a real PostgreSQL: the owner's figures do not depend on the store. */
class PgRevenueFiguresTest extends RevenueFiguresTest {

    /** Hides the SQLite fixture of the class it extends: the same rows, written to a database of this class's own. */
    @BeforeAll
    static void fixture() {
        store = PgStores.forClass(PgRevenueFiguresTest.class).openEmpty(Clock.fixed(NOW, ZoneOffset.UTC));
        RevenueFixture.write(store, NOW);
        weeks = Weeks.of(Settings.fromMap(store.read(s -> s.settings().all())));
    }
}
