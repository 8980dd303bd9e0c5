package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tray's Pause texting: calls are still recorded, their texts wait in the outbox until resumed. */
class PauseTextingTest {
    private static final String CALLER = "(206) 555-0187";

    @TempDir
    Path dataDir;

    @Test
    void aMissedCallWhilePausedIsRecordedAndItsTextLeavesOnlyOnResume() {
        try (Ringbook ringbook = Ringbook.open(dataDir, Map.of(), Clock.systemUTC())) {
            Simulation phone = ringbook.engine().simulation().orElseThrow();
            assertThat(ringbook.engine().pauseTexting(true)).isTrue();

            phone.ringAndMiss(CALLER).join();

            await().atMost(Duration.ofSeconds(10)).until(() ->
                    ringbook.engine().status().snapshot().join().outboxBacklog() == 1);
            // Held across several of the sender's checks, not merely not sent yet.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                    phone.phoneConversation(CALLER).join().stream().noneMatch(Simulation.PhoneText::fromBusiness));

            assertThat(ringbook.engine().pauseTexting(false)).isFalse();

            await().atMost(Duration.ofSeconds(10)).until(() ->
                    phone.phoneConversation(CALLER).join().stream().anyMatch(Simulation.PhoneText::fromBusiness));
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    ringbook.engine().status().snapshot().join().outboxBacklog() == 0);
        }
    }
}
