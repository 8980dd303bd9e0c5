package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.twilio.FakeTwilioAccess;
import com.ringbook.carrier.twilio.FakeTwilioServer;
import com.ringbook.store.postgres.PostgresServer;
import com.ringbook.store.postgres.PostgresServerExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
    private static final String BUSINESS = FailOverDesks.BUSINESS;
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
        FakeTwilioServer twilio = FakeTwilioServer.start(FailOverDesks.ACCOUNT_SID, FailOverDesks.AUTH_TOKEN, Clock.systemUTC());
        twilio.addIncomingNumber(BUSINESS);
        FailOverDesks desks = new FailOverDesks(db, twilio, outputDir);
        Process deskA = null;
        Ringbook deskB = null;
        try {
            deskA = desks.startServiceDesk(deskADir, desks.env("Desk A", Map.of()));
            Process a = deskA;
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(a.isAlive()).as("desk A's service is running; its output: %s", desks.output()).isTrue();
                assertThat(holdsTheEngineLock(db, "Desk A")).isTrue();
            });
            deskB = Ringbook.open(deskBDir, desks.env("Desk B", Map.of()), Clock.systemUTC());
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

            await().atMost(TAKEOVER).pollInterval(Duration.ofMillis(50)).until(() -> FailOverDesks.runsTheEngine(standby));
            Duration takeover = Duration.ofNanos(System.nanoTime() - killed);
            assertThat(takeover).isLessThan(TAKEOVER);
            System.out.printf("Fail-over: Twilio had taken %d of %d text-backs from desk A when kill -9 landed (%d once "
                    + "what was in flight arrived); desk B ran the engine %d ms after the kill%n",
                    textedByA, CALLERS, takenAfterKill, takeover.toMillis());

            // Every caller texted back once: all 100 arrive, and nothing more trickles in after.
            FailOverDesks.awaitOneTextEach(twilio, callers);
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
}
