package com.ringbook.carrier.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.DeliveryStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a restart finds: only what the engine confirmed it has on disk counts as seen, or as settled. */
class PollStateTest {
    private static final Instant NOW = Instant.parse("2026-11-24T20:00:00Z");
    private static final String NUMBER = "+14155550142";

    private final InMemoryStateStore disk = new InMemoryStateStore();

    @Test
    void aReportedCallIsSavedAsSeenOnlyOnceConfirmedWhoeverSaves() {
        PollState state = PollState.load(disk, NUMBER, NOW);
        assertThat(state.markReported("CA1", NOW)).isTrue();
        assertThat(state.markReported("CA1", NOW)).as("reported by one caller only").isFalse();
        state.markSeen("CA2", NOW);

        // Saved meanwhile by another thread (a webhook, say) before the engine confirmed CA1.
        state.save();
        PollState afterCrash = PollState.load(disk, NUMBER, NOW);
        assertThat(afterCrash.isSeen("CA1")).as("reported again after a crash").isFalse();
        assertThat(afterCrash.isSeen("CA2")).isTrue();

        state.confirm("CA1");
        state.save();
        assertThat(PollState.load(disk, NUMBER, NOW).isSeen("CA1")).isTrue();
    }

    @Test
    void aForgottenCallIsReportedAgain() {
        PollState state = PollState.load(disk, NUMBER, NOW);
        state.markReported("CA1", NOW);
        state.forget("CA1");

        assertThat(state.markReported("CA1", NOW)).isTrue();
    }

    @Test
    void aFinalStatusLeavesTheWatchListOnlyOnceTheEngineHasItOnDisk() {
        PollState state = PollState.load(disk, NUMBER, NOW);
        state.track("SM1", NOW, DeliveryStatus.SENT);
        assertThat(state.updateStatus("SM1", DeliveryStatus.UNDELIVERED)).isTrue();
        assertThat(state.updateStatus("SM1", DeliveryStatus.UNDELIVERED)).as("reported once").isFalse();
        assertThat(state.pending(NOW)).as("not asked about again meanwhile").doesNotContainKey("SM1");

        // Saved (by the poller, say) before the engine has the report on disk; then a crash.
        state.save();
        assertThat(PollState.load(disk, NUMBER, NOW).pending(NOW)).as("asked about again after a crash")
                .containsKey("SM1");

        state.statusSaved("SM1", DeliveryStatus.UNDELIVERED);
        state.save();
        assertThat(PollState.load(disk, NUMBER, NOW).pending(NOW)).doesNotContainKey("SM1");
    }

    @Test
    void aFinalStatusTheEngineDidNotSaveIsReportedAgain() {
        PollState state = PollState.load(disk, NUMBER, NOW);
        state.track("SM1", NOW, DeliveryStatus.SENT);
        state.updateStatus("SM1", DeliveryStatus.DELIVERED);

        state.statusNotSaved("SM1");

        assertThat(state.pending(NOW)).containsKey("SM1");
        assertThat(state.updateStatus("SM1", DeliveryStatus.DELIVERED)).isTrue();
    }

    @Test
    void anEarlierStatusSavedLateDoesNotEndTheWatchForTheFinalOne() {
        PollState state = PollState.load(disk, NUMBER, NOW);
        state.track("SM1", NOW, DeliveryStatus.PENDING);
        state.updateStatus("SM1", DeliveryStatus.SENT);
        state.updateStatus("SM1", DeliveryStatus.UNDELIVERED);

        state.statusSaved("SM1", DeliveryStatus.SENT);
        state.save();

        assertThat(PollState.load(disk, NUMBER, NOW).pending(NOW)).containsKey("SM1");
    }
}
