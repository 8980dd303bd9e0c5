package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.app.Ringbook;
import com.ringbook.ui.common.FxThread;
import com.ringbook.ui.shell.ConsoleWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Texting paused from the tray: the status bar says so plainly, and its Resume sends the waiting texts. */
@ExtendWith(ApplicationExtension.class)
class PausedStatusBarTest {
    private static final String CALLER = "(206) 555-0143";

    @TempDir
    Path dataDir;
    private Ringbook ringbook;
    private ConsoleWindow window;

    @Start
    void start(Stage stage) {
        ringbook = Ringbook.open(dataDir, Map.of(), Clock.systemUTC());
        window = new ConsoleWindow(ringbook.engine(), ringbook.capabilities(), new FxThread(), new TestDesktop(() -> ringbook.close()).withTray());
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(window::quit);
        FxToolkit.cleanupStages();
        ringbook.close();
    }

    @Test
    void whilePausedTheBarSaysSoAndResumeSendsTheTextThatWaited(FxRobot robot) {
        await("the status bar", () -> robot.lookup("#statusOutbox").tryQuery().isPresent());
        assertThat(shown(robot, "#statusPaused")).as("nothing said while texting runs").isFalse();

        ringbook.engine().pauseTexting(true);
        ringbook.engine().simulation().orElseThrow().ringAndMiss(CALLER).join();

        await("the paused notice", () -> shown(robot, "#statusPaused") && shown(robot, "#statusResume"));
        assertThat(robot.lookup("#statusPaused").queryAs(Label.class).getText())
                .isEqualTo("Texting paused: texts wait in the outbox");
        await("the text waiting in the outbox", () -> robot.lookup("#statusOutbox").queryAs(Label.class).getText()
                .equals("outbox: 1"));

        robot.clickOn("#statusResume");

        await("the notice gone", () -> !shown(robot, "#statusPaused") && !shown(robot, "#statusResume"));
        assertThat(ringbook.engine().textingPaused()).isFalse();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> ringbook.engine()
                .simulation().orElseThrow().phoneConversation(CALLER).join().stream()
                .anyMatch(com.ringbook.engine.api.Simulation.PhoneText::fromBusiness));
        await("the outbox emptied", () -> robot.lookup("#statusOutbox").queryAs(Label.class).getText().equals("outbox: 0"));
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(id).query().getParent().isVisible();
    }
}
