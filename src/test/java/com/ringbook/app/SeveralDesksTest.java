package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ringbook.backup.api.BackupService;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.StatusSnapshot;
import com.ringbook.store.postgres.PostgresServer;
import com.ringbook.store.postgres.PostgresServerExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desks on one shared PostgreSQL database, each a whole Ringbook with the simulated carrier: one runs the
 * engine, the other works as a standby and sees the first one's calls live; when the engine's desk closes, the
 * standby takes over and sends what waited, each text once.
 */
@ExtendWith(PostgresServerExtension.class)
class SeveralDesksTest {
    private static final String CALLER = "+12065550187";

    @TempDir
    Path deskOneDir;
    @TempDir
    Path deskTwoDir;

    @Test
    void oneDeskRunsTheEngineTheOtherSeesItLiveAndTakesOverWhenItCloses(PostgresServer.Database db) {
        Map<String, String> shared = Map.of(SharedStoreChoice.URL_ENV, db.url() + "?user=" + db.user());
        Ringbook one = Ringbook.open(deskOneDir, with(shared, "Front desk"), Clock.systemUTC());
        await().atMost(Duration.ofSeconds(10)).until(() -> one.engine().engineHolder()
                .map(h -> h.thisDesk() && h.desk().equals("Front desk")).orElse(false));
        Ringbook two = Ringbook.open(deskTwoDir, with(shared, "Back office"), Clock.systemUTC());
        try {
            List<Long> threadsHeardOnTwo = new CopyOnWriteArrayList<>();
            two.engine().events().subscribe(e -> {
                if (e instanceof EngineEvent.ThreadChanged changed) {
                    threadsHeardOnTwo.add(changed.threadId());
                }
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> two.engine().engineHolder()
                    .map(h -> !h.thisDesk() && h.desk().equals("Front desk")).orElse(false));

            await().atMost(Duration.ofSeconds(5)).until(() -> "Engine: Front desk (another desk)".equals(
                    two.engine().status().snapshot().join().engineDesk()));
            assertThat(one.engine().status().snapshot().join().engineDesk()).isEqualTo("Engine: Front desk (this desk)");
            // The standby's own carrier is stopped: its status bar says calls go through the engine's desk.
            assertThat(two.engine().status().snapshot().join().carrierHealth()).isEqualTo(StatusSnapshot.Health.STANDBY);

            // A missed call on the engine's desk: texted back once, and on the standby's screens within a second.
            await().atMost(Duration.ofSeconds(10)).until(() -> running(one));
            SimulatedCarrier phoneOne = one.simulator().orElseThrow();
            phoneOne.ringAndMiss(CALLER);
            await().atMost(Duration.ofSeconds(10)).until(() -> sentBy(one) == 1);
            long threadId = one.engine().conversations().inbox(
                    com.ringbook.domain.InboxQuery.firstPage(com.ringbook.domain.InboxQuery.Filter.ALL, "")).join().stream()
                    .filter(t -> t.phone().equals(CALLER)).findFirst().orElseThrow().id();
            await().atMost(Duration.ofSeconds(1)).until(() -> threadsHeardOnTwo.contains(threadId));

            // A reply typed on the standby leaves through the engine's desk, once.
            two.engine().conversations().reply(threadId, "We can come at 3").join();
            await().atMost(Duration.ofSeconds(5)).until(() -> sentBy(one) == 2);
            assertThat(sentBy(two)).isZero();

            // Settings saved on one desk are in force on the other within a second.
            Map<String, String> draft = new java.util.HashMap<>(one.engine().settings().stored().join());
            draft.put(com.ringbook.domain.Settings.BUSINESS_NAME, "Lakeside Plumbing");
            assertThat(one.engine().settings().save(draft).join()).isEmpty();
            await().atMost(Duration.ofSeconds(1)).until(() ->
                    two.engine().settings().effective().businessName().equals("Lakeside Plumbing"));

            // Backups belong to the database server on a shared store: the desk says so.
            BackupService backups = two.backups();
            assertThatThrownBy(() -> backups.backupNow().join()).hasMessageContaining("shared database");

            // The engine's desk closes; a reply queued meanwhile leaves from the standby once it took over.
            assertThat(sentBy(one)).isEqualTo(2);
            one.close();
            two.engine().conversations().reply(threadId, "Running 10 minutes late").join();
            await().atMost(Duration.ofSeconds(10)).until(() -> two.engine().engineHolder()
                    .map(h -> h.thisDesk()).orElse(false));
            await().atMost(Duration.ofSeconds(15)).until(() -> sentBy(two) == 1);
            assertThat(two.engine().status().snapshot().join().engineDesk()).isEqualTo("Engine: Back office (this desk)");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> sentBy(two) == 1);
        } finally {
            two.close();
            one.close();
        }
    }

    /**
     * The engine desk's lock session ends under it (as a network blip or a database restart would end it): it stops
     * sending, the other desk takes over, and the first desk — with no restart — stands by and takes the engine back
     * when the second one goes. Every caller is texted exactly once throughout, whichever desk ran the engine.
     */
    @Test
    void aDeskThatLosesTheEngineLockStandsByAgainAndTakesItBackWithoutARestart(PostgresServer.Database db)
            throws Exception {
        Map<String, String> shared = Map.of(SharedStoreChoice.URL_ENV, db.url() + "?user=" + db.user());
        Ringbook one = Ringbook.open(deskOneDir, with(shared, "Front desk"), Clock.systemUTC());
        Ringbook two = null;
        // Callers of their own: the class's tests share one database, and a caller texted back lately is not again.
        List<String> callers = List.of("+12065550142", "+12065550143", "+12065550144");
        // What the first desk's status bar would show: it reads the status again on each StatusChanged.
        List<String> statusBarOnOne = new CopyOnWriteArrayList<>();
        one.engine().events().subscribe(e -> {
            if (e instanceof EngineEvent.StatusChanged) {
                one.engine().status().snapshot().thenAccept(s -> statusBarOnOne.add(s.engineDesk()));
            }
        });
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> running(one));
            one.simulator().orElseThrow().ringAndMiss(callers.get(0));
            await().atMost(Duration.ofSeconds(10)).until(() -> sentBy(one) == 1);
            two = Ringbook.open(deskTwoDir, with(shared, "Back office"), Clock.systemUTC());
            Ringbook standby = two;
            await().atMost(Duration.ofSeconds(5)).until(() -> standby.engine().engineHolder().isPresent());

            // The server ends the engine desk's lock session, as a database restart or a network cut would.
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        + "WHERE application_name LIKE 'Ringbook engine%Front desk%'").close();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> !running(one));
            await().atMost(Duration.ofSeconds(15)).until(() -> running(standby));
            assertThat(standby.engine().engineHolder()).hasValueSatisfying(h -> assertThat(h.thisDesk()).isTrue());
            // The first desk competes again on a new session: a standby now, naming the desk that runs the engine.
            await().atMost(Duration.ofSeconds(5)).until(() -> "Engine: Back office (another desk)".equals(
                    one.engine().status().snapshot().join().engineDesk()));

            // A missed call now reaches the new engine's desk and is texted back from there, once; a call rung on the
            // standby's simulated line is refused, as on any desk that does not run the engine.
            standby.simulator().orElseThrow().ringAndMiss(callers.get(1));
            await().atMost(Duration.ofSeconds(10)).until(() -> sentBy(standby) == 1);
            assertThatThrownBy(() -> one.simulator().orElseThrow().ringAndMissRecorded("+12065550199").join())
                    .hasMessageContaining("not listening");

            // The second desk goes; the first takes the engine back by itself and texts the next caller, once.
            two.close();
            await().atMost(Duration.ofSeconds(15)).until(() -> running(one));
            assertThat(one.engine().status().snapshot().join().engineDesk()).isEqualTo("Engine: Front desk (this desk)");
            await().atMost(Duration.ofSeconds(10)).until(() -> one.engine().status().snapshot().join().carrierHealth()
                    == StatusSnapshot.Health.OK);
            await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(statusBarOnOne).containsSubsequence(
                    "Engine: none — waiting for a desk to take it", "Engine: Back office (another desk)",
                    "Engine: Front desk (this desk)"));
            one.simulator().orElseThrow().ringAndMiss(callers.get(2));
            await().atMost(Duration.ofSeconds(10)).until(() -> sentBy(one) == 2);

            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> sentBy(one) == 2);
            Map<String, Long> textsPerCaller = java.util.stream.Stream.of(one, standby)
                    .flatMap(desk -> desk.simulator().orElseThrow().ledger().stream())
                    .filter(SimulatedCarrier.Entry::fromBusiness)
                    .collect(java.util.stream.Collectors.groupingBy(SimulatedCarrier.Entry::phone,
                            java.util.stream.Collectors.counting()));
            assertThat(textsPerCaller).containsOnlyKeys(callers).allSatisfy((caller, texts) -> assertThat(texts)
                    .as("texts to %s", caller).isEqualTo(1));
        } finally {
            if (two != null) {
                two.close();
            }
            one.close();
        }
    }

    @Test
    void anUnreachableSharedDatabaseIsNamedWithoutItsPasswordAndLeavesTheDataDirFree() {
        Map<String, String> env = Map.of(SharedStoreChoice.URL_ENV, "jdbc:postgresql://127.0.0.1:1/ringbook?user=desk",
                SharedStoreChoice.PASSWORD_ENV, "s3cret-pass");
        assertThatThrownBy(() -> Ringbook.open(deskOneDir, env, Clock.systemUTC()))
                .hasMessageContaining("shared database jdbc:postgresql://127.0.0.1:1/ringbook")
                .hasMessageNotContaining("s3cret-pass");
        // Nothing was left holding the data dir: the desk opens on its own file once the variable is gone.
        try (Ringbook alone = Ringbook.open(deskOneDir, Map.of(), Clock.systemUTC())) {
            assertThat(alone.engine().engineHolder()).isEmpty();
        }
    }

    private static Map<String, String> with(Map<String, String> shared, String desk) {
        return Map.of(SharedStoreChoice.URL_ENV, shared.get(SharedStoreChoice.URL_ENV), SharedStoreChoice.DESK_ENV, desk);
    }

    private static boolean running(Ringbook desk) {
        return desk.engine().status().snapshot().join().engineState() == StatusSnapshot.EngineState.RUNNING;
    }

    private static long sentBy(Ringbook desk) {
        return desk.simulator().orElseThrow().ledger().stream().filter(SimulatedCarrier.Entry::fromBusiness).count();
    }
}
