package com.ringbook.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ringbook.store.StoreChanges;
import com.ringbook.store.StoreChanges.Change;
import com.ringbook.store.StoreChanges.Kind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live on every desk: two desks' change feeds on one real PostgreSQL; a write committed on one reaches the other
 * within a second, whole, once — and a rolled-back one never does; a broken feed reconnects and asks for a reload.
 */
@ExtendWith(PostgresServerExtension.class)
class PgChangeFeedTest {
    private PgChangeFeed deskA;
    private PgChangeFeed deskB;
    private final Heard heardByA = new Heard();
    private final Heard heardByB = new Heard();

    @BeforeAll
    static void aTableToWriteTo(PostgresServer.Database db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (thread_id BIGINT, body TEXT)");
        }
    }

    @BeforeEach
    void twoDesks(PostgresServer.Database db) {
        deskA = feed(db, "desk-a", heardByA);
        deskB = feed(db, "desk-b", heardByB);
        await().atMost(Duration.ofSeconds(5)).until(() -> deskA.live() && deskB.live());
    }

    @AfterEach
    void close() {
        deskA.close();
        deskB.close();
    }

    @Test
    void aCommittedWriteReachesTheOtherDeskWithinASecondAndNotItsOwn(PostgresServer.Database db) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            write(c, 42, "Can you come Tuesday?");
            new PgChangeFeedBatch("desk-a").add(Kind.MESSAGE, 42).add(Kind.THREAD, 42).add(Kind.MESSAGE, 42).sendIn(c);
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> heardByB.batches.isEmpty());
            c.commit();
        }
        await().atMost(Duration.ofSeconds(1)).until(() -> !heardByB.batches.isEmpty());
        assertThat(heardByB.batches).containsExactly(
                new Batch("desk-a", Set.of(new Change(Kind.MESSAGE, 42), new Change(Kind.THREAD, 42))));

        // Desk A's own write is not echoed back to it; desk B's next one is heard.
        commitChanges(db, "desk-b", new Change(Kind.CALL, 43));
        await().atMost(Duration.ofSeconds(1)).until(() -> !heardByA.batches.isEmpty());
        assertThat(heardByA.batches).containsExactly(new Batch("desk-b", Set.of(new Change(Kind.CALL, 43))));
        assertThat(heardByA.resyncs.get() + heardByB.resyncs.get()).isZero();
    }

    @Test
    void aRolledBackWriteTellsNobody(PostgresServer.Database db) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            write(c, 7, "never mind");
            new PgChangeFeedBatch("desk-a").add(Kind.THREAD, 7).sendIn(c);
            c.rollback();
        }
        commitChanges(db, "desk-a", new Change(Kind.THREAD, 8)); // committed after: arrives after, if at all
        await().atMost(Duration.ofSeconds(1)).until(() -> !heardByB.batches.isEmpty());
        assertThat(heardByB.batches).containsExactly(new Batch("desk-a", Set.of(new Change(Kind.THREAD, 8))));
    }

    @Test
    void aThousandChangesInOneCommitArriveComplete(PostgresServer.Database db) throws SQLException {
        PgChangeFeedBatch batch = new PgChangeFeedBatch("desk-a");
        for (long thread = 1_000_000_000L; thread < 1_000_001_000L; thread++) {
            batch.add(Kind.MESSAGE, thread).add(Kind.THREAD, thread);
        }
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            write(c, 1, "a burst");
            batch.sendIn(c);
            c.commit();
        }
        assertThat(batch.isEmpty()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> heardByB.all().size() == 2000);
        assertThat(heardByB.all().stream().map(Change::threadId).collect(Collectors.toSet())).hasSize(1000);
        assertThat(heardByB.batches).hasSizeGreaterThan(1).allSatisfy(b -> assertThat(b.origin()).isEqualTo("desk-a"));
    }

    @Test
    void aFeedHearingASteadyStreamOfChangesKeepsItsConnection(PostgresServer.Database db) throws SQLException {
        // A busy desk: a change every half second for longer than the server lets a silent session live.
        int listening = deskA.listenerPid();
        long until = System.nanoTime() + PgChangeFeed.SILENT_FOR.plusSeconds(3).toNanos();
        for (int thread = 1; System.nanoTime() < until; thread++) {
            commitChanges(db, "desk-b", new Change(Kind.THREAD, thread));
            int sent = thread;
            await().atMost(Duration.ofSeconds(1)).until(() -> heardByA.batches.size() >= sent);
            await().pollDelay(Duration.ofMillis(400)).until(() -> true);
        }
        assertThat(deskA.listenerPid()).as("the same session throughout").isEqualTo(listening);
        assertThat(heardByA.resyncs.get()).as("no reload asked for").isZero();
    }

    @Test
    void aCutFeedReconnectsAndAsksForAReload(PostgresServer.Database db) throws SQLException {
        int pid = deskB.listenerPid();
        assertThat(pid).isPositive();
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
            s.setInt(1, pid);
            s.executeQuery().close();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> heardByB.resyncs.get() == 1);
        await().atMost(Duration.ofSeconds(5)).until(deskB::live);
        assertThat(deskB.listenerPid()).isNotEqualTo(pid);

        commitChanges(db, "desk-a", new Change(Kind.APPOINTMENT, 9));
        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.all().contains(new Change(Kind.APPOINTMENT, 9)));
        assertThat(heardByA.resyncs.get()).isZero();
    }

    /**
     * The feed's session must outlive idle_session_timeout, which the lock's session uses on purpose: a listening
     * session is idle by nature, and one cut and re-made makes every screen reload for nothing. Other desks' changes
     * arrive steadily here, so the feed never has to ask the server anything for longer than the timeout.
     */
    @Test
    void aFeedHearingChangesStaysConnectedPastTheIdleTimeoutWithoutAReload(PostgresServer.Database db) throws Exception {
        int pid = deskB.listenerPid();
        long until = System.nanoTime() + PgChangeFeed.SILENT_FOR.plusSeconds(3).toNanos();
        long thread = 100;
        while (System.nanoTime() < until) {
            commitChanges(db, "desk-a", new Change(Kind.THREAD, thread++));
            await().pollDelay(Duration.ofMillis(400)).atMost(Duration.ofSeconds(1)).until(() -> true);
        }
        long last = thread - 1;
        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.all().contains(new Change(Kind.THREAD, last)));
        assertThat(deskB.listenerPid()).as("the same listening session all along").isEqualTo(pid);
        assertThat(heardByB.resyncs.get()).as("reloads asked for").isZero();
        assertThat(deskB.live()).isTrue();
    }

    /** A pulled cable: nothing closes, the feed must notice the silence, then reload once the network is back. */
    @Test
    void aFeedWhoseNetworkIsCutNoticesItAndResyncsWhenItIsBack(PostgresServer.Database db) throws SQLException {
        Heard heard = new Heard();
        try (CuttableLink link = new CuttableLink(db.server().port())) {
            PgChangeFeed deskC = new PgChangeFeed(new PgDedicatedConnection(link.url(db.name()), db.user(), null), "desk-c");
            deskC.subscribe(heard);
            deskC.start();
            try {
                await().atMost(Duration.ofSeconds(5)).until(deskC::live);
                link.cut();
                await().atMost(Duration.ofSeconds(8)).until(() -> !deskC.live());
                commitChanges(db, "desk-a", new Change(Kind.THREAD, 10)); // lost to desk C: it is not listening
                link.heal();
                await().atMost(Duration.ofSeconds(8)).until(() -> deskC.live() && heard.resyncs.get() == 1);
                commitChanges(db, "desk-a", new Change(Kind.THREAD, 11));
                await().atMost(Duration.ofSeconds(1)).until(() -> heard.all().contains(new Change(Kind.THREAD, 11)));
            } finally {
                deskC.close();
            }
        }
    }

    @Test
    void payloadsStayUnderPostgresLimitAndReadBackWhole() {
        List<Change> many = new ArrayList<>();
        for (long id = Long.MAX_VALUE - 3000; id < Long.MAX_VALUE; id++) {
            many.add(new Change(Kind.values()[(int) (id % Kind.values().length)], id));
        }
        List<String> payloads = PgChangeFeedPayload.encode("desk-a", many);
        assertThat(payloads).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.getBytes()).hasSizeLessThan(8000));
        List<Change> back = payloads.stream().flatMap(p -> PgChangeFeedPayload.decode(p).orElseThrow().changes().stream())
                .toList();
        assertThat(back).containsExactlyElementsOf(many);
        assertThat(PgChangeFeedPayload.encode("desk-a", List.of())).isEmpty();
        assertThat(PgChangeFeedPayload.decode("2;desk-a;T1")).isEmpty();
        assertThat(PgChangeFeedPayload.decode("1;desk-a;Z5").orElseThrow().changes())
                .containsExactly(new Change(Kind.THREAD, 5)); // a newer desk's kind still refreshes its thread
        assertThatThrownBy(() -> new PgChangeFeedBatch("desk;a")).hasMessageContaining("origin");
    }

    private PgChangeFeed feed(PostgresServer.Database db, String origin, Heard heard) {
        PgChangeFeed feed = new PgChangeFeed(new PgDedicatedConnection(db.url(), db.user(), null), origin);
        feed.subscribe(heard);
        feed.start();
        return feed;
    }

    private static void write(Connection c, long threadId, String body) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO notes (thread_id, body) VALUES (?, ?)")) {
            s.setLong(1, threadId);
            s.setString(2, body);
            s.executeUpdate();
        }
    }

    private static void commitChanges(PostgresServer.Database db, String origin, Change... changes) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            PgChangeFeedBatch batch = new PgChangeFeedBatch(origin);
            for (Change change : changes) {
                batch.add(change.kind(), change.threadId());
                write(c, change.threadId(), change.kind().name());
            }
            batch.sendIn(c);
            c.commit();
        }
    }

    record Batch(String origin, Set<Change> changes) {
    }

    /** What one desk's listener was told. */
    private static final class Heard implements StoreChanges.Listener {
        final List<Batch> batches = new CopyOnWriteArrayList<>();
        final AtomicInteger resyncs = new AtomicInteger();

        @Override
        public void changed(String origin, Set<Change> changes) {
            batches.add(new Batch(origin, Set.copyOf(changes)));
        }

        @Override
        public void resync() {
            resyncs.incrementAndGet();
        }

        List<Change> all() {
            return batches.stream().flatMap(b -> b.changes().stream()).toList();
        }
    }
}
