package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.app.Ringbook;
import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Hiding the console window is not quitting: the engine works on behind it. With no tray to come back
 * from, closing the window asks first, and only a confirmed quit stops the engine.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLifecycleTest {
    private static final String CALLER = "(206) 555-0191";

    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;

    @Start
    void start(Stage stage) {
        console = new ConsoleUnderTest(dataDir, Map.of(), stage);
    }

    @AfterEach
    void close() throws Exception {
        console.close();
    }

    @Test
    void aHiddenConsoleStillTextsBackAndShowsTheNewThreadWhenShownAgain(FxRobot robot) {
        await("the empty inbox", () -> robot.lookup("#threadEmpty").query().isVisible());
        robot.interact(console.stage::hide);
        Simulation simulation = console.service.simulation().orElseThrow();

        simulation.ringAndMiss(CALLER).join();
        await("the text-back on the caller's phone while the window is hidden", () -> simulation
                .phoneConversation(CALLER).join().stream().anyMatch(Simulation.PhoneText::fromBusiness));
        assertThat(console.stage.isShowing()).isFalse();
        assertThat(console.quitRequests()).isZero();

        robot.interact(console.stage::show);
        await("the caller's thread in the inbox", () -> texts(robot, "thread-name").equals(List.of("+1 206-555-0191")));
    }

    @Test
    void closingTheWindowWithNoTrayAsksFirstAndKeepItOpenKeepsTexting(FxRobot robot) {
        robot.interact(() -> console.stage.fireEvent(
                new WindowEvent(console.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        await("the question", () -> robot.lookup("#quitQuestion").tryQuery().isPresent());

        robot.clickOn("#quitCancel");

        assertThat(console.stage.isShowing()).isTrue();
        assertThat(console.quitRequests()).isZero();
        Simulation simulation = console.service.simulation().orElseThrow();
        simulation.ringAndMiss(CALLER).join();
        await("the text-back on the caller's phone", () -> simulation
                .phoneConversation(CALLER).join().stream().anyMatch(Simulation.PhoneText::fromBusiness));
    }

    @Test
    void closingTheWindowWithNoTrayAndConfirmingQuitsRingbook(FxRobot robot) {
        robot.interact(() -> console.stage.fireEvent(
                new WindowEvent(console.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        await("the question", () -> robot.lookup("#quitQuestion").tryQuery().isPresent());

        robot.clickOn("#quitConfirm");

        await("the window gone", () -> !console.stage.isShowing());
        assertThat(console.quitRequests()).isEqualTo(1);
        // The engine has stopped and let go of the data dir, so Ringbook can start on it again.
        try (Ringbook again = Ringbook.open(dataDir, Map.of(), Clock.systemUTC())) {
            assertThat(again.engine().simulation()).isPresent();
        }
    }
}
