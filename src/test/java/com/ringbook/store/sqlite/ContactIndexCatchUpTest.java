package com.ringbook.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.InboxQuery.Filter;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.store.FirstCallWriter.FirstCall;
import com.ringbook.store.FirstCallWriter.Opened;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst's new callers go into the search index in a write of their own after the burst's (V11). When
 * that write never happened (the process was killed between the two, or the store closed first), the
 * next start puts them in: nobody who ever called stays unsearchable.
 */
class ContactIndexCatchUpTest {
    private static final Instant T0 = Instant.parse("2026-12-01T15:00:00Z");
    private static final String TEXT_BACK = "Hi, it's Harbor Plumbing. Sorry we missed your call!";

    @TempDir
    Path dir;
    private SqliteStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private SqliteStore open() {
        store = new SqliteStore(dir.resolve("ringbook.db"), Clock.systemUTC());
        return store;
    }

    /** Writes a burst's first calls as the engine does, without the index write that follows them. */
    private List<Long> firstCalls(String... phones) {
        List<FirstCall> calls = java.util.Arrays.stream(phones)
                .map(p -> new FirstCall("CA" + p, p, T0, TextBackDecision.SEND_BUSINESS_HOURS, TEXT_BACK)).toList();
        return store.write(s -> s.firstCalls().open(calls, T0)).join().stream()
                .map(o -> o.map(Opened::threadId).orElseThrow()).toList();
    }

    private List<Long> hits(String typed) {
        return store.read(s -> s.threads().page(InboxQuery.page(Filter.ALL, typed))).entries().stream()
                .map(e -> e.thread().id()).toList();
    }

    private void restart() {
        store.close();
        open();
    }

    @Test
    void newCallersWhoseIndexWriteNeverHappenedAreFoundAfterTheNextStart() {
        open();
        List<Long> threads = firstCalls("+14155550177", "+14155550178", "+442071838750");
        // Named by the receptionist before the index write: the name is found too, not the empty one it started with.
        store.write(s -> {
            s.contacts().setName(s.threads().summary(threads.get(1)).orElseThrow().contactId(), "Rosa Delgado");
            return null;
        }).join();
        assertThat(hits("415-555-0177")).as("not indexed inside the burst's own write").isEmpty();

        restart();

        assertThat(hits("415-555-0177")).containsExactly(threads.get(0));
        assertThat(hits("(415) 555-0178")).containsExactly(threads.get(1));
        assertThat(hits("delgado")).containsExactly(threads.get(1));
        assertThat(hits("+44 20 7183 8750")).as("a number outside North America").containsExactly(threads.get(2));
        assertThat(hits("8750")).containsExactly(threads.get(2));
    }

    @Test
    void theIndexWriteCanRunTwiceAndAStartAfterItAddsNothingTwice() {
        open();
        List<Long> threads = firstCalls("+14155550177", "+14155550178");
        assertThat(store.write(s -> s.contacts().indexForSearch()).join()).isEqualTo(2);
        assertThat(store.write(s -> s.contacts().indexForSearch()).join()).isZero();
        restart();
        assertThat(store.write(s -> s.contacts().indexForSearch()).join()).isZero();

        assertThat(hits("415555")).containsExactlyInAnyOrderElementsOf(threads);
        assertThat(hits("0177")).containsExactly(threads.get(0));
    }

    @Test
    void someoneWhoTextsFirstIsFoundAtOnce() {
        open();
        long thread = store.write(s -> s.threads().create(s.contacts().upsert("+13125550109", T0).id(), T0)).join();
        assertThat(hits("312-555-0109")).containsExactly(thread);
        // Their later texts find the contact again: still one entry.
        store.write(s -> s.contacts().upsert("+13125550109", T0.plusSeconds(60))).join();
        assertThat(hits("0109")).containsExactly(thread);
    }

    @Test
    void aNewContactTakingTheIdOfADeletedOneIsCaughtUpToo() throws Exception {
        open();
        firstCalls("+14155550177");
        store.write(s -> s.contacts().indexForSearch()).join();
        long lonely = store.write(s -> s.contacts().upsert("+14155550199", T0).id()).join();
        store.write(s -> s.contacts().indexForSearch()).join();
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ringbook.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM contacts WHERE id = " + lonely);
        }
        open();
        // SQLite hands the highest id out again; the index write for it is lost.
        List<Long> threads = firstCalls("+14155550123");
        assertThat(store.read(s -> s.contacts().byPhone("+14155550123")).orElseThrow().id()).isEqualTo(lonely);

        restart();

        assertThat(hits("0123")).containsExactly(threads.get(0));
        assertThat(hits("0199")).isEmpty();
    }

    @Test
    void everyContactOfADatabaseFromBeforeThisVersionStaysSearchable() throws Exception {
        Path file = dir.resolve("ringbook.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration").target("9")
                .load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (int i = 1; i <= 3; i++) {
                st.executeUpdate("INSERT INTO contacts (id, phone, name, created_at) VALUES (" + i + ", '+1206555014" + i
                        + "', 'Customer" + i + " Ruiz', 0)");
                st.executeUpdate("INSERT INTO threads (id, contact_id, stage, opened_at, last_activity_at) VALUES ("
                        + (10 + i) + ", " + i + ", 'NEW', 0, " + i + ")");
            }
            // One that an older version's index somehow lacks: the first start with V11 checks every contact.
            st.executeUpdate("DELETE FROM contact_search WHERE rowid = 2");
        }
        open();

        assertThat(hits("ruiz")).containsExactlyInAnyOrder(11L, 12L, 13L);
        assertThat(hits("206-555-0142")).containsExactly(12L);
        assertThat(hits("customer2")).containsExactly(12L);
    }
}
