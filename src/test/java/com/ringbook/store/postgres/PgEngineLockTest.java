package com.ringbook.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.store.EngineLock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One engine per business: desks on one real PostgreSQL compete for the engine lock; exactly one runs the engine,
 * and when it goes — closed, its session cut, its process killed — another takes over within 10 s, never both.
 */
@ExtendWith(PostgresServerExtension.class)
class PgEngineLockTest {
    private static final Duration TAKEOVER = Duration.ofSeconds(10);

    @Test
    void exactlyOneDeskRunsTheEngineAndEveryDeskSeesWhich(PostgresServer.Database db) {
        Desk one = new Desk(db, "Front desk 1");
        Desk two = new Desk(db, "Front desk 2");
        try (one; two) {
            one.start();
            two.start();
            await().atMost(TAKEOVER).until(() -> one.lock.held() || two.lock.held());
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                    .until(() -> one.lock.held() != two.lock.held());
            Desk holder = one.lock.held() ? one : two;
            Desk standby = holder == one ? two : one;
            assertThat(holder.events).containsExactly("acquired");
            assertThat(standby.events).isEmpty();
            await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
                assertThat(standby.lock.holder()).hasValueSatisfying(h -> {
                    assertThat(h.desk()).isEqualTo(holder.name);
                    assertThat(h.thisDesk()).isFalse();
                    assertThat(h.since()).isNotNull();
                });
                assertThat(holder.lock.holder()).hasValueSatisfying(h -> assertThat(h.thisDesk()).isTrue());
            });
        }
    }

    @Test
    void whenTheHolderClosesTheStandbyTakesOverWithinTenSeconds(PostgresServer.Database db) {
        Desk one = new Desk(db, "Front desk 1");
        Desk two = new Desk(db, "Front desk 2");
        try (one; two) {
            one.start();
            await().atMost(TAKEOVER).until(one.lock::held);
            two.start();
            await().atMost(Duration.ofSeconds(3)).until(() -> two.lock.holder().isPresent());
            try (NeverBoth watch = new NeverBoth(one, two)) {
                one.close();
                assertThat(one.events).containsExactly("acquired", "lost");
                await().atMost(TAKEOVER).until(two.lock::held);
                assertThat(watch.overlapped()).as("both desks held the engine lock at one moment").isFalse();
            }
            assertThat(two.lock.holder()).hasValueSatisfying(h -> assertThat(h.desk()).isEqualTo("Front desk 2"));
        }
    }

    /**
     * What a network cut or a database restart does to the holder: its session ends from the server's side. It is
     * told it lost, stands by on a new session, and is told it runs the engine again once the other desk lets go.
     */
    @Test
    void aHolderWhoseSessionIsCutIsToldItLostAndTheStandbyTakesOverThenItTakesItBack(PostgresServer.Database db)
            throws SQLException {
        Desk one = new Desk(db, "Front desk 1");
        Desk two = new Desk(db, "Front desk 2");
        try (one; two) {
            one.start();
            await().atMost(TAKEOVER).until(one.lock::held);
            two.start();
            await().atMost(Duration.ofSeconds(3)).until(() -> two.lock.holder().isPresent());
            try (NeverBoth watch = new NeverBoth(one, two)) {
                terminate(db, one.lock.sessionPid());
                // The lock is free at once, while desk 1 may still believe in it until its lease runs out: desk 2
                // takes it but waits that long before it acts.
                await().pollInterval(Duration.ofMillis(10)).atMost(TAKEOVER)
                        .until(() -> two.lock.holder().map(EngineLock.Holder::thisDesk).orElse(false));
                long taken = System.nanoTime();
                assertThat(two.lock.held()).isFalse();
                await().atMost(Duration.ofSeconds(4)).until(() -> one.events.contains("lost"));
                assertThat(one.lock.held()).isFalse();
                await().atMost(TAKEOVER).until(two.lock::held);
                assertThat(Duration.ofNanos(System.nanoTime() - taken))
                        .isGreaterThan(PgEngineLock.LEASE.minusMillis(500)); // no earlier than the old fence falls
                assertThat(watch.overlapped()).as("both desks held the engine lock at one moment").isFalse();
            }
            // The desk that lost it competes again, as a standby that sees who runs the engine now.
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(one.lock.holder())
                    .hasValueSatisfying(h -> assertThat(h.desk()).isEqualTo("Front desk 2")));
            assertThat(one.events).containsExactly("acquired", "lost");

            try (NeverBoth watch = new NeverBoth(one, two)) {
                two.close();
                await().atMost(TAKEOVER).until(one.lock::held);
                assertThat(one.events).containsExactly("acquired", "lost", "acquired");
                // Told each change of holder as it saw it: no other news needed for a status bar to follow.
                await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(one.holders).containsSubsequence(
                        "Front desk 1 (this desk)", "none", "Front desk 2 (another desk)", "Front desk 1 (this desk)"));
                assertThat(one.lock.holder()).hasValueSatisfying(h -> {
                    assertThat(h.desk()).isEqualTo("Front desk 1");
                    assertThat(h.thisDesk()).isTrue();
                });
                assertThat(watch.overlapped()).as("both desks held the engine lock at one moment").isFalse();
            }
        }
    }

    /**
     * A pulled cable or a power cut: the holder's packets stop, nobody closes anything. The server must end the
     * silent session by itself (idle_session_timeout), and the holder must stop on its own (lease).
     */
    @Test
    void whenTheHoldersNetworkIsCutTheStandbyTakesOverWithinTenSeconds(PostgresServer.Database db) {
        try (CuttableLink link = new CuttableLink(db.server().port());
             Desk one = new Desk(new PgDedicatedConnection(link.url(db.name()), db.user(), null), "Front desk 1");
             Desk two = new Desk(db, "Front desk 2")) {
            one.start();
            await().atMost(TAKEOVER).until(one.lock::held);
            two.start();
            await().atMost(Duration.ofSeconds(3)).until(() -> two.lock.holder().isPresent());
            try (NeverBoth watch = new NeverBoth(one, two)) {
                link.cut();
                long cut = System.nanoTime();
                await().atMost(Duration.ofSeconds(4)).until(() -> !one.lock.held());
                await().atMost(Duration.ofSeconds(6)).until(() -> one.events.contains("lost"));
                await().atMost(TAKEOVER).until(two.lock::held);
                assertThat(Duration.ofNanos(System.nanoTime() - cut)).isLessThan(TAKEOVER);
                assertThat(watch.overlapped()).as("both desks held the engine lock at one moment").isFalse();
            }
            assertThat(two.events).containsExactly("acquired");
        }
    }

    @Test
    void whenTheHoldersProcessIsKilledOutrightAStandbyTakesOverWithinTenSeconds(PostgresServer.Database db)
            throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PgEngineLockChild.class.getName(),
                db.url(), db.user(), "Back office").redirectErrorStream(true).start();
        try (Desk here = new Desk(db, "Front desk 1")) {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> out.lines().forEach(lines::add), "child-output");
            reader.setDaemon(true);
            reader.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> lines.contains("ACQUIRED"));
            here.start();
            await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(here.lock.holder())
                    .hasValueSatisfying(h -> assertThat(h.desk()).isEqualTo("Back office")));
            assertThat(here.lock.held()).isFalse();

            child.destroyForcibly();
            long killed = System.nanoTime();
            await().atMost(TAKEOVER).until(here.lock::held);
            assertThat(Duration.ofNanos(System.nanoTime() - killed)).isLessThan(TAKEOVER);
            assertThat(here.events).containsExactly("acquired");
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDeskNameThatIsNotPlainAsciiOrTooLongStillNamesTheHolder() {
        java.time.Instant since = java.time.Instant.parse("2026-12-07T05:00:00Z");
        String name = PgEngineLockName.holding("Réception 2 %", since);
        assertThat(name).matches("[\\x20-\\x7e]+");
        assertThat(PgEngineLockName.parse(name)).hasValue(new PgEngineLockName.Parsed("Réception 2 %", since));
        String longName = PgEngineLockName.holding("The very long name of the front desk by the window on floor two", since);
        assertThat(longName.length()).isLessThanOrEqualTo(PgEngineLockName.MAX_BYTES);
        assertThat(PgEngineLockName.parse(longName).orElseThrow().desk()).startsWith("The very long name");
        assertThat(PgEngineLockName.parse(PgEngineLockName.standingBy("Front desk 1"))).isEmpty();
        assertThat(PgEngineLockName.parse("psql")).isEmpty();
    }

    private static void terminate(PostgresServer.Database db, int pid) throws SQLException {
        assertThat(pid).isPositive();
        try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
            s.setInt(1, pid);
            s.executeQuery().close();
        }
    }

    /** A desk: its lock, and what its listener was told, in order. */
    private static final class Desk implements AutoCloseable {
        final String name;
        final PgEngineLock lock;
        final List<String> events = new CopyOnWriteArrayList<>();
        /** Who holds the lock, as this desk read it each time it was told the holder changed. */
        final List<String> holders = new CopyOnWriteArrayList<>();

        Desk(PostgresServer.Database db, String name) {
            this(new PgDedicatedConnection(db.url(), db.user(), null), name);
        }

        Desk(PgDedicatedConnection connections, String name) {
            this.name = name;
            this.lock = new PgEngineLock(connections, name, Clock.systemUTC());
        }

        void start() {
            lock.start(new EngineLock.Listener() {
                @Override
                public void acquired() {
                    events.add("acquired");
                }

                @Override
                public void lost(String reason) {
                    events.add("lost");
                }

                @Override
                public void holderChanged() {
                    holders.add(lock.holder().map(h -> h.desk() + (h.thisDesk() ? " (this desk)" : " (another desk)"))
                            .orElse("none"));
                }
            });
        }

        @Override
        public void close() {
            lock.close();
        }
    }

    /** Watches two desks every few milliseconds for a moment when both would act as the engine. */
    private static final class NeverBoth implements AutoCloseable {
        private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
        private final AtomicBoolean both = new AtomicBoolean();
        private final AtomicInteger looks = new AtomicInteger();

        NeverBoth(Desk a, Desk b) {
            watcher.scheduleAtFixedRate(() -> {
                looks.incrementAndGet();
                if (a.lock.held() && b.lock.held()) {
                    both.set(true);
                }
            }, 0, 5, TimeUnit.MILLISECONDS);
        }

        boolean overlapped() {
            assertThat(looks.get()).as("the watcher looked").isGreaterThan(10);
            return both.get();
        }

        @Override
        public void close() {
            watcher.shutdownNow();
        }
    }
}
