package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts held up by a slow carrier: a STOP saved meanwhile must still stop the one to that customer. */
class SlowNetworkTest {
    private static final String DANA = "+12065550142";

    @TempDir
    Path dir;

    @Test
    void aTextQueuedBehindSlowSendsIsNotSentOnceItsCustomerOptedOut() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T16:00:00Z"));
        GatedCarrier[] gated = new GatedCarrier[1];
        try (EngineHarness h = new EngineHarness(dir, clock, Map.of(Settings.ZONE, "America/Chicago"), simulator -> {
            gated[0] = new GatedCarrier(simulator);
            return gated[0];
        })) {
            for (int i = 0; i < 10; i++) {
                h.simulator.ringAndMiss(String.format("+1206201%04d", i));
            }
            h.simulator.ringAndMiss(DANA);
            await().until(() -> h.inbox().size() == 11 && gated[0].waiting.get() == 8);

            h.simulator.customerTexts(DANA, "STOP");
            await().until(() -> h.inbox().stream().filter(t -> t.phone().equals(DANA)).map(ThreadSummary::stage)
                    .findFirst().orElseThrow() == Stage.OPTED_OUT);
            // Past the short hold on fresh opt-outs: only the store's record of the STOP protects now.
            clock.advance(Duration.ofMinutes(2));
            gated[0].open();

            await().until(() -> h.store.read(s -> s.outbox().backlog()) == 0);
            assertThat(h.sentTo(DANA)).isZero();
            long danaThread = h.inbox().stream().filter(t -> t.phone().equals(DANA)).findFirst().orElseThrow().id();
            assertThat(h.lastOutbound(danaThread).orElseThrow().status()).isEqualTo(DeliveryStatus.CANCELLED);
            assertThat(h.simulator.ledger().stream().filter(e -> e.fromBusiness()).count()).isEqualTo(10);
        }
    }
}
