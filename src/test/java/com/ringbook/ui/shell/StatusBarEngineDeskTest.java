package com.ringbook.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.engine.ChangeFeed;
import com.ringbook.engine.api.StatusSnapshot;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.SameThreadUi;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The status bar names the desk running the engine on a shared store, and the engine's state on a single PC. */
class StatusBarEngineDeskTest {

    @Test
    void aSharedStoreShowsWhichDeskRunsTheEngineASinglePcItsState() {
        ChangeFeed feed = new ChangeFeed();
        SameThreadUi ui = new SameThreadUi();
        StatusBarViewModel shared = new StatusBarViewModel(() -> CompletableFuture.completedFuture(
                snapshot("Engine: Front desk (another desk)")), new EngineEvents(feed, Duration.ZERO, ui), ui);
        shared.refresh();
        assertThat(shared.engineProperty().get()).isEqualTo("Engine: Front desk (another desk)");

        StatusBarViewModel alone = new StatusBarViewModel(() -> CompletableFuture.completedFuture(snapshot(null)),
                new EngineEvents(feed, Duration.ZERO, ui), ui);
        alone.refresh();
        assertThat(alone.engineProperty().get()).isEqualTo("engine: running");
    }

    @Test
    void aStandbySaysItsCarrierIsOnTheEnginesDeskNotConnecting() {
        ChangeFeed feed = new ChangeFeed();
        SameThreadUi ui = new SameThreadUi();
        StatusBarViewModel standby = new StatusBarViewModel(() -> CompletableFuture.completedFuture(new StatusSnapshot(
                "simulator", StatusSnapshot.Health.STANDBY, "Calls and texts go through the engine's desk.",
                StatusSnapshot.EngineState.STOPPED, 0, null, 0, 0, null, false, "Engine: Front desk (another desk)")),
                new EngineEvents(feed, Duration.ZERO, ui), ui);
        standby.refresh();
        assertThat(standby.carrierProperty().get()).isEqualTo("carrier: simulator (on the engine's desk)");
        assertThat(standby.healthProperty().get()).isEqualTo(StatusSnapshot.Health.STANDBY);
    }

    private static StatusSnapshot snapshot(String engineDesk) {
        return new StatusSnapshot("Simulator", StatusSnapshot.Health.OK, null, StatusSnapshot.EngineState.RUNNING, 0,
                null, 0, 0, null, false, engineDesk);
    }
}
