package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.SendResult;
import com.ringbook.domain.CallLogEntry;
import com.ringbook.domain.Settings;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.RequestRefused;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A number the carrier refused is texted again once staff say so; until then the call log says why it is not. */
class TextAgainTest {
    /** Possible (ten digits) but outside libphonenumber's ranges: the simulated carrier is told to refuse it. */
    private static final String NEW_RANGE = "+12061550142";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T16:00:00Z"));
    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;
    EngineHarness h;

    @BeforeEach
    void start() {
        h = new EngineHarness(dir, clock, Map.of(Settings.ZONE, "America/Chicago"), null);
        h.engine.events().subscribe(events::add);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private List<CallLogEntry> log() {
        return h.engine.calls().calls(10, 0).join().calls();
    }

    @Test
    void aRefusedNumberShowsWhyInTheCallLogAndIsTextedAgainOnceCleared() {
        h.simulator.injectFaults(new SendResult.Rejected("21211",
                "This is not a valid phone number, so the text could not be sent.", false, true));
        h.simulator.ringAndMiss(NEW_RANGE);
        await().until(() -> log().size() == 1 && log().get(0).unreachable() != null);
        assertThat(log().get(0).unreachable()).isEqualTo("This is not a valid phone number, so the text could not be sent.");
        clock.advance(Duration.ofDays(3));
        h.simulator.ringAndMiss(NEW_RANGE);
        await().until(() -> log().size() == 2);
        assertThat(log().get(0).decision()).isEqualTo(TextBackDecision.SKIP_UNREACHABLE);
        assertThat(h.sentTo(NEW_RANGE)).isZero();
        events.clear();

        h.engine.calls().textAgain(NEW_RANGE).join();

        assertThat(log()).extracting(CallLogEntry::unreachable).containsOnlyNulls();
        await().until(() -> events.contains(new EngineEvent.CallsChanged()));
        assertThatThrownBy(() -> h.engine.calls().textAgain(NEW_RANGE).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(RequestRefused.class);

        clock.advance(Duration.ofDays(3));
        h.simulator.ringAndMiss(NEW_RANGE);
        await().until(() -> log().size() == 3);
        assertThat(log().get(0).decision()).as("texted back again").isEqualTo(TextBackDecision.SEND_BUSINESS_HOURS);
        await().until(() -> h.sentTo(NEW_RANGE) == 1);
    }
}
