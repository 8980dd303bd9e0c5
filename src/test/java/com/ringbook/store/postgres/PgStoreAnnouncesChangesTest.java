package com.ringbook.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ringbook.domain.MessageKind;
import com.ringbook.store.StoreChanges;
import com.ringbook.store.StoreChanges.Change;
import com.ringbook.store.StoreChanges.Kind;
import com.ringbook.store.WriteSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live on every desk, end to end: what desk A writes through its store reaches desk B's change feed within a
 * second, naming the thread; what A's writer rolled back or undid never does.
 */
@ExtendWith(PostgresServerExtension.class)
class PgStoreAnnouncesChangesTest {
    private static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");

    private PgStore deskA;
    private PgChangeFeed feedA;
    private PgChangeFeed feedB;
    private final List<Change> heardByA = new CopyOnWriteArrayList<>();
    private final List<String> originsHeardByB = new CopyOnWriteArrayList<>();
    private final List<Change> heardByB = new CopyOnWriteArrayList<>();

    @BeforeEach
    void twoDesks(PostgresServer.Database db) {
        deskA = new PgStore(db.url(), db.user(), "", Clock.fixed(NOW, ZoneOffset.UTC), PgStore.newOrigin());
        feedA = new PgChangeFeed(new PgDedicatedConnection(db.url(), db.user(), null), deskA.origin());
        feedA.subscribe(listener((origin, changes) -> heardByA.addAll(changes)));
        feedB = new PgChangeFeed(new PgDedicatedConnection(db.url(), db.user(), null), PgStore.newOrigin());
        feedB.subscribe(listener((origin, changes) -> {
            originsHeardByB.add(origin);
            heardByB.addAll(changes);
        }));
        feedA.start();
        feedB.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> feedA.live() && feedB.live());
    }

    @AfterEach
    void close() {
        feedA.close();
        feedB.close();
        deskA.close();
    }

    @Test
    void aReplyQueuedOnOneDeskReachesTheOtherWithinASecondNamingItsThread() {
        long threadId = deskA.write(s -> {
            long id = newThread(s, "+15551230001");
            s.outbox().queue(id, MessageKind.STAFF_REPLY, "+15551230001", "On our way", null, NOW);
            return id;
        }).join();

        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.containsAll(List.of(
                new Change(Kind.THREAD, threadId), new Change(Kind.MESSAGE, threadId), new Change(Kind.OUTBOX, threadId))));
        assertThat(originsHeardByB).containsOnly(deskA.origin());

        deskA.write(s -> {
            s.settings().put(Map.of("business.name", "Acme Plumbing"));
            return null;
        }).join();
        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.contains(new Change(Kind.SETTINGS, 0)));
        // Desk A's own feed skips its own writes: its engine already told its screens.
        assertThat(heardByA).isEmpty();
    }

    @Test
    void aUnitThatFailsTellsNobodyOfWhatItHadWritten() {
        AtomicLong failedThread = new AtomicLong();
        CompletableFuture<Object> failed = deskA.write(s -> {
            failedThread.set(newThread(s, "+15551230002"));
            throw new IllegalStateException("the slot was taken meanwhile");
        });
        assertThatThrownBy(failed::join).hasRootCauseMessage("the slot was taken meanwhile");

        long kept = deskA.write(s -> newThread(s, "+15551230003")).join();
        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.contains(new Change(Kind.THREAD, kept)));
        assertThat(failedThread.get()).isPositive();
        assertThat(heardByB).noneMatch(c -> c.threadId() == failedThread.get());
    }

    @Test
    void aUnitUndoneInsideASharedCommitTakesItsChangesWithItAndTheOthersStillReachTheOtherDesk() throws Exception {
        CountDownLatch writerBusy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> blocker = deskA.write(s -> {
            writerBusy.countDown();
            waitFor(release);
            return null;
        });
        assertThat(writerBusy.await(5, TimeUnit.SECONDS)).isTrue();
        // Both queued while the writer is busy: the next commit takes them together, and the failing one, having
        // written, makes the writer run each apart and undo it alone.
        AtomicLong undoneThread = new AtomicLong();
        CompletableFuture<Long> good = deskA.write(s -> newThread(s, "+15551230004"));
        CompletableFuture<Object> bad = deskA.write(s -> {
            undoneThread.set(newThread(s, "+15551230005"));
            throw new IllegalStateException("no such crew");
        });
        release.countDown();
        blocker.join();
        long goodThread = good.join();
        assertThatThrownBy(bad::join).hasRootCauseMessage("no such crew");

        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.contains(new Change(Kind.THREAD, goodThread)));
        assertThat(heardByB).noneMatch(c -> c.threadId() == undoneThread.get());
        AtomicInteger threadsHeard = new AtomicInteger();
        heardByB.forEach(c -> threadsHeard.addAndGet(c.kind() == Kind.THREAD ? 1 : 0));
        assertThat(threadsHeard.get()).isEqualTo(1);
    }

    private static long newThread(WriteSession s, String phone) {
        long contactId = s.contacts().upsert(phone, NOW).id();
        return s.threads().create(contactId, NOW);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Heard {
        void changed(String origin, Set<Change> changes);
    }

    private static StoreChanges.Listener listener(Heard heard) {
        return new StoreChanges.Listener() {
            @Override
            public void changed(String origin, Set<Change> changes) {
                heard.changed(origin, changes);
            }

            @Override
            public void resync() {
            }
        };
    }
}
