package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.twilio.FakeTwilioAccess;
import com.ringbook.carrier.twilio.FakeTwilioServer;
import com.ringbook.engine.api.StatusSnapshot;
import com.ringbook.store.postgres.PostgresServer;
import com.ringbook.store.postgres.PostgresServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's desk dies in the middle of a burst of missed calls: two desks on one real PostgreSQL, both on the
 * (fake) Twilio account through the real SDK. Desk A, a {@code ringbook service} in a process of its own, runs the
 * engine and is killed outright (kill -9) once part of the burst was texted back; desk B, standing by, takes over
 * within 10 s, and every caller ends up with exactly one text — none lost in the switch, none sent twice.
 */
@ExtendWith(PostgresServerExtension.class)
class FailOverTest {
    private static final String ACCOUNT_SID = "AC" + "7a1c3e5f7092b4d6e8f0a1b2c3d4e5f6";
    private static final String AUTH_TOKEN = "f00dfacefeedbeef0123456789abcdef";
    private static final String BUSINESS = "+14155550142";
    private static final int CALLERS = 100;
    private static final Duration TAKEOVER = Duration.ofSeconds(10);

    @TempDir
    Path deskADir;
    @TempDir
    Path deskBDir;
    @TempDir
    Path outputDir;

    @Test
    void killingTheEnginesDeskMidBurstLosesNoTextAndSendsNoneTwice(PostgresServer.Database db) throws Exception {
        FakeTwilioServer twilio = FakeTwilioServer.start(ACCOUNT_SID, AUTH_TOKEN, Clock.systemUTC());
        twilio.addIncomingNumber(BUSINESS);
        Process deskA = null;
        Ringbook deskB = null;
        try {
            deskA = startServiceDesk(deskADir, env(db, twilio, "Desk A"));
            Process a = deskA;
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(a.isAlive()).as("desk A's service is running; its output: %s", output()).isTrue();
                assertThat(holdsTheEngineLock(db, "Desk A")).isTrue();
            });
            deskB = Ringbook.open(deskBDir, env(db, twilio, "Desk B"), Clock.systemUTC());
            Ringbook standby = deskB;
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(standby.engine().engineHolder()).hasValueSatisfying(h -> {
                    assertThat(h.desk()).isEqualTo("Desk A");
                    assertThat(h.thisDesk()).isFalse();
                });
            });

            // Every answer from Twilio a little late, so the burst takes a few seconds to text back and the kill
            // lands in the middle of it.
            twilio.delayResponses(Duration.ofMillis(60));
            List<String> callers = IntStream.range(0, CALLERS).mapToObj(i -> String.format("+1206555%04d", 2000 + i)).toList();
            Instant rang = Instant.now().minusSeconds(1);
            for (int i = 0; i < CALLERS; i++) {
                FakeTwilioAccess.missedCall(twilio, i + 1, callers.get(i), BUSINESS, rang);
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                    .until(() -> FakeTwilioAccess.textedNumbers(twilio).size() >= 20);

            deskA.destroyForcibly();
            long killed = System.nanoTime();
            int textedByA = FakeTwilioAccess.textedNumbers(twilio).size();
            assertThat(deskA.waitFor(10, TimeUnit.SECONDS)).isTrue();
            // A text already on its way when the kill landed still reaches Twilio, unanswered: the standby must find it
            // in Twilio's log (reconcile) rather than send it again.
            await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> true);
            int takenAfterKill = FakeTwilioAccess.textedNumbers(twilio).size();
            assertThat(textedByA).as("the kill came in the middle of the burst").isLessThan(CALLERS);

            await().atMost(TAKEOVER).pollInterval(Duration.ofMillis(50)).until(() -> runsTheEngine(standby));
            Duration takeover = Duration.ofNanos(System.nanoTime() - killed);
            assertThat(takeover).isLessThan(TAKEOVER);
            System.out.printf("Fail-over: Twilio had taken %d of %d text-backs from desk A when kill -9 landed (%d once "
                    + "what was in flight arrived); desk B ran the engine %d ms after the kill%n",
                    textedByA, CALLERS, takenAfterKill, takeover.toMillis());

            // Every caller texted back once: all 100 arrive, and nothing more trickles in after.
            await().atMost(Duration.ofSeconds(60)).until(() -> FakeTwilioAccess.textedNumbers(twilio).size() >= CALLERS);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertOneTextEach(twilio, callers));
        } finally {
            if (deskB != null) {
                deskB.close();
            }
            if (deskA != null) {
                deskA.destroyForcibly();
                deskA.waitFor(10, TimeUnit.SECONDS);
            }
            twilio.close();
        }
    }

    /** Names any caller with no text or with more than one, so a failure says who. */
    private static void assertOneTextEach(FakeTwilioServer twilio, List<String> callers) {
        Map<String, Long> textsPerNumber = FakeTwilioAccess.textedNumbers(twilio).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(textsPerNumber.entrySet().stream().filter(e -> e.getValue() != 1).toList())
                .as("callers texted more than once").isEmpty();
        assertThat(textsPerNumber.keySet()).as("callers texted").containsExactlyInAnyOrderElementsOf(callers);
    }

    private Map<String, String> env(PostgresServer.Database db, FakeTwilioServer twilio, String desk) {
        Map<String, String> env = new HashMap<>();
        env.put(SharedStoreChoice.URL_ENV, db.url() + "?user=" + db.user());
        env.put(SharedStoreChoice.DESK_ENV, desk);
        env.put("RINGBOOK_CARRIER", "twilio");
        env.put("RINGBOOK_TWILIO_ACCOUNT_SID", ACCOUNT_SID);
        env.put("RINGBOOK_TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        env.put("RINGBOOK_TWILIO_NUMBER", BUSINESS);
        env.put("RINGBOOK_TWILIO_API_BASE", twilio.baseUrl());
        env.put("RINGBOOK_POLL_SECONDS", "1");
        return env;
    }

    private Process startServiceDesk(Path dataDir, Map<String, String> deskEnv) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "service", "--data-dir", dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outputFile().toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("RINGBOOK_") || k.equals("DISPLAY") || k.equals("WAYLAND_DISPLAY"));
        builder.environment().putAll(deskEnv);
        return builder.start();
    }

    private Path outputFile() {
        return outputDir.resolve("desk-a-service.out");
    }

    private String output() {
        try {
            return Files.exists(outputFile()) ? Files.readString(outputFile()) : "(none yet)";
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /** The lock holder's database session names it (PgEngineLockName): seen from outside, without a desk of our own. */
    private static boolean holdsTheEngineLock(PostgresServer.Database db, String desk) throws java.sql.SQLException {
        try (java.sql.Connection c = db.connect(); java.sql.PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'Ringbook engine %' || ?")) {
            s.setString(1, desk);
            try (java.sql.ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }

    private static boolean runsTheEngine(Ringbook desk) {
        return desk.engine().engineHolder().map(h -> h.thisDesk()).orElse(false)
                && desk.engine().status().snapshot().join().engineState() == StatusSnapshot.EngineState.RUNNING;
    }
}
