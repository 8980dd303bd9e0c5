package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.ui.TestDesktop;
import com.ringbook.ui.common.FxThread;
import com.ringbook.ui.settings.StartAtLogin;
import com.ringbook.ui.shell.ConsoleWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
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

/**
 * Settings → This PC in the real console: the switch writes and removes the autostart file (a home folder
 * and XDG_CONFIG_HOME of the test's own), and when the folder cannot be written it says so and stays off.
 */
@ExtendWith(ApplicationExtension.class)
class StartAtLoginCardTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path home;
    private Ringbook ringbook;
    private ConsoleWindow window;

    private Path autostartFile() {
        return home.resolve("config/autostart/ringbook.desktop");
    }

    @Start
    void start(Stage stage) {
        ringbook = Ringbook.open(dataDir, Map.of(), Clock.systemUTC());
        StartAtLogin startAtLogin = new StartAtLoginOnDisk(XdgAutostart.entry(
                Map.of("XDG_CONFIG_HOME", home.resolve("config").toString()), home,
                List.of("/opt/ringbook/bin/Ringbook", "--background")));
        window = new ConsoleWindow(ringbook.engine(), ringbook.capabilities(), new FxThread(), new TestDesktop(() -> ringbook.close()).with(startAtLogin));
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(window::quit);
        FxToolkit.cleanupStages();
        ringbook.close();
    }

    @Test
    void flippingTheSwitchOnWritesTheAutostartFileAndOffRemovesIt(FxRobot robot) throws Exception {
        CheckBox box = openCard(robot);
        assertThat(box.isSelected()).as("off by default").isFalse();
        assertThat(robot.lookup("#startAtLoginWhere").queryAs(Label.class).getText()).isEqualTo(autostartFile().toString());

        robot.interact(box::fire);

        await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(autostartFile()));
        assertThat(Files.readString(autostartFile())).contains("Exec=/opt/ringbook/bin/Ringbook --background");
        await().atMost(Duration.ofSeconds(5)).until(() -> outcome(robot).equals("Ringbook will open when you sign in to this PC."));
        assertThat(box.isSelected()).isTrue();

        robot.interact(box::fire);

        await().atMost(Duration.ofSeconds(5)).until(() -> outcome(robot).equals("Ringbook will not open by itself."));
        assertThat(autostartFile()).doesNotExist();
        assertThat(box.isSelected()).isFalse();
    }

    @Test
    void anAutostartFolderThatCannotBeWrittenIsNamedAndTheSwitchStaysOff(FxRobot robot) throws Exception {
        // A file where the folder should be: no permission can make that writable, not even root's.
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/autostart"), "a file, not a folder");
        CheckBox box = openCard(robot);

        robot.interact(box::fire);

        await().atMost(Duration.ofSeconds(5)).until(() -> outcome(robot).startsWith("Ringbook cannot open at sign-in"));
        assertThat(outcome(robot)).contains(home.resolve("config/autostart").toString(), "is a file, not a folder");
        assertThat(robot.lookup("#startAtLoginOutcome").queryAs(Label.class).getStyleClass()).contains("field-problem");
        await().atMost(Duration.ofSeconds(5)).until(() -> !box.isSelected() && !box.isDisabled());
        assertThat(Files.isRegularFile(home.resolve("config/autostart"))).isTrue();
    }

    @Test
    void theSwitchShowsAnEntryAlreadyOnThePcAsOn(FxRobot robot) throws Exception {
        Files.createDirectories(autostartFile().getParent());
        Files.writeString(autostartFile(), "[Desktop Entry]\nExec=/somewhere/else --background\n");

        CheckBox box = openCard(robot);

        await().atMost(Duration.ofSeconds(5)).until(box::isSelected);
    }

    private static CheckBox openCard(FxRobot robot) {
        robot.clickOn("#navSettings");
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#startAtLogin").tryQuery().isPresent());
        return robot.lookup("#startAtLogin").queryAs(CheckBox.class);
    }

    private static String outcome(FxRobot robot) {
        return robot.lookup("#startAtLoginOutcome").queryAs(Label.class).getText();
    }
}
