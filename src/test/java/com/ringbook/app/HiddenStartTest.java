package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.ui.common.FxThread;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opened at sign-in with a tray: the console is built but its window waits hidden until the tray's Open. */
@ExtendWith(ApplicationExtension.class)
class HiddenStartTest {
    @TempDir
    Path dataDir;

    @Start
    void start(Stage primary) {
        // The launcher makes its own window; TestFX only needs its toolkit.
    }

    @Test
    void theHiddenConsoleShowsOnlyWhenTheTrayOpensIt(FxRobot robot) {
        FxThread fx = new FxThread();
        LauncherDesktop desktop = new LauncherDesktop(fx);
        try (Ringbook ringbook = Ringbook.open(dataDir, Map.of(), Clock.systemUTC())) {
            robot.interact(() -> desktop.show(ringbook, ConsoleLauncher.installation(ringbook), false));
            robot.interact(() -> { });
            assertThat(robot.lookup("#navInbox").tryQuery()).as("no console window on the screen").isEmpty();

            desktop.bringForward();

            await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#navInbox").tryQuery().isPresent());
            Window window = robot.lookup("#navInbox").query().getScene().getWindow();
            assertThat(window.isShowing()).isTrue();
            assertThat(((Stage) window).getTitle()).startsWith("Ringbook");
            robot.interact(((Stage) window)::hide);
        }
    }
}
