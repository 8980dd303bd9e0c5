package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Message;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash between "the carrier accepted" and "Ringbook stored that": after restart, no loss and no duplicate. */
class CrashRecoveryTest {
    private static final String CALLER = "+12065550142";

    @TempDir
    Path dir;

    @Test
    void aTextAcceptedJustBeforeACrashIsRecordedOnRestartAndNeverSentAgain() throws Exception {
        Process crashing = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                CrashDuringSend.class.getName(), dir.toString(), CALLER)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.out").toFile())
                .start();
        assertThat(crashing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(crashing.exitValue()).as("the child died mid-send").isEqualTo(137);

        try (EngineHarness restarted = new EngineHarness(dir, Clock.systemUTC())) {
            assertThat(restarted.sentTo(CALLER)).as("the carrier had accepted one text").isEqualTo(1);
            long thread = restarted.onlyThread().id();

            Message text = restarted.awaitLastOutbound(thread, DeliveryStatus.SENT);

            String ledgerSid = restarted.simulator.ledger().stream().filter(e -> e.fromBusiness()).findFirst().orElseThrow().sid();
            assertThat(text.carrierSid()).isEqualTo(ledgerSid);
            assertThat(restarted.sentTo(CALLER)).as("exactly one text after restart").isEqualTo(1);
            assertThat(restarted.store.read(s -> s.outbox().backlog()).intValue()).isZero();
            java.util.List<com.ringbook.domain.OutboxItem> unsettled =
                    restarted.store.read(s -> s.outbox().unknown(java.time.Instant.now().plusSeconds(3600), 10));
            assertThat(unsettled).isEmpty();
        }
    }

    @Test
    void aTextNeverHandedToTheCarrierIsSentOnceAfterRestart() {
        Clock clock = Clock.systemUTC();
        // Queue a text-back but stop before the sender runs: the outbox row is all that survives.
        try (var store = new com.ringbook.store.sqlite.SqliteStore(dir.resolve("ringbook.db"), clock)) {
            store.write(s -> {
                long contact = s.contacts().upsert(CALLER, clock.instant()).id();
                long thread = s.threads().create(contact, clock.instant());
                return s.outbox().queue(thread, com.ringbook.domain.MessageKind.TEXT_BACK, CALLER, "Hi there", null,
                        clock.instant());
            }).join();
        }
        try (EngineHarness restarted = new EngineHarness(dir, clock)) {
            long thread = restarted.onlyThread().id();
            restarted.awaitLastOutbound(thread, DeliveryStatus.DELIVERED);
            assertThat(restarted.sentTo(CALLER)).isEqualTo(1);
            assertThat(restarted.store.read(s -> s.outbox().backlog()).intValue()).isZero();
        }
    }

    static String burstCaller(int i) {
        return String.format("+120655%05d", 10_000 + i);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "killed after text {0} of 200")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 60, 180})
    void aCrashInTheMiddleOfABurstLosesNoTextThatWasSavedAndDoublesNone(int dieAfter) throws Exception {
        int callers = 200;
        Process crashing = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                CrashDuringBurst.class.getName(), dir.toString(), String.valueOf(callers), String.valueOf(dieAfter))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.out").toFile())
                .start();
        assertThat(crashing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(crashing.exitValue()).as("the child died mid-burst").isEqualTo(137);

        try (EngineHarness restarted = new EngineHarness(dir, Clock.systemUTC())) {
            // Every call the engine had saved has a thread; the simulator does not re-send calls that never got that far.
            java.util.List<com.ringbook.domain.ThreadSummary> threads = restarted.inbox();
            assertThat(threads.size()).isGreaterThanOrEqualTo(dieAfter);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> restarted.store.read(s -> s.outbox().backlog()) == 0);
            for (com.ringbook.domain.ThreadSummary thread : threads) {
                String phone = restarted.store.read(s -> s.contacts().byId(thread.contactId())).orElseThrow().phone();
                assertThat(restarted.sentTo(phone)).as("texts to " + phone).isEqualTo(1);
            }
            long sent = restarted.simulator.ledger().stream().filter(e -> e.fromBusiness()).count();
            assertThat(sent).as("no text to anyone without a saved call").isEqualTo(threads.size());
        }
    }
}
