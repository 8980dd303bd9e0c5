package com.ringbook.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.TextBackDecision;
import com.ringbook.store.FirstCallWriter.FirstCall;
import com.ringbook.store.contract.InboxSearchStoreContract;
import com.ringbook.store.contract.SqliteStores;
import com.ringbook.store.contract.Stores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox search contract on a real SQLite file, and search over rows written before SQLite's index existed. */
class InboxSearchStoreTest extends InboxSearchStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Stores stores() {
        return new SqliteStores(dir);
    }

    @Test
    void rowsWrittenBeforeTheSearchIndexExistedAreFound() throws Exception {
        store.close();
        store = null;
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration").target("4")
                .load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO contacts (id, phone, name, created_at) VALUES (1, '+12065550142', 'Dana Ruiz', 0)");
            st.executeUpdate("INSERT INTO threads (id, contact_id, stage, opened_at, last_activity_at) VALUES (7, 1, 'NEW', 0, 0)");
            st.executeUpdate("INSERT INTO messages (thread_id, direction, kind, body, status, created_at) "
                    + "VALUES (7, 'INBOUND', 'CUSTOMER', 'Kitchen sink is leaking', 'RECEIVED', 0)");
        }
        store = new SqliteStore(file, Clock.systemUTC());

        assertThat(hits("sink")).containsExactly(7L);
        assertThat(hits("dana")).containsExactly(7L);
        assertThat(hits("(206) 555")).containsExactly(7L);
    }

    @Test
    void aBurstsFirstCallsAreIndexedByTheWriteQueuedAfterThemNotInsideTheBurst() {
        Instant at = Instant.parse("2026-11-24T15:00:00Z");
        store.write(s -> s.firstCalls().open(List.of(
                new FirstCall("CA1", "+14155550177", at, TextBackDecision.SEND_BUSINESS_HOURS, "Hi"),
                new FirstCall("CA2", "+14155550178", at, TextBackDecision.SEND_BUSINESS_HOURS, "Hi")),
                at)).join();
        assertThat(hits("415-555-0177")).isEmpty();
        assertThat(store.write(s -> s.contacts().indexForSearch()).join()).isEqualTo(2);
        assertThat(hits("415-555-0177")).hasSize(1);
    }
}
